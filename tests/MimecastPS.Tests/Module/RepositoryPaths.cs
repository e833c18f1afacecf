namespace MimecastPS.Tests.Module;

/// <summary>Where the repository and the built module are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleManifest => Path.Combine(Root, "out", "MimecastPS", "MimecastPS.psd1");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "MimecastPS.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("MimecastPS.sln not found above " + AppContext.BaseDirectory);
    }
}
