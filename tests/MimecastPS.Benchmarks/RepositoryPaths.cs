namespace MimecastPS.Benchmarks;

/// <summary>Where the repository, the built module and the sandbox server are, found from the binaries upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleManifest => Path.Combine(Root, "out", "MimecastPS", "MimecastPS.psd1");

    /// <summary>
    /// The sandbox's own build output. A referenced Exe project's dll is copied beside ours, but whether its
    /// runtimeconfig.json comes with it depends on the SDK; the project's own bin folder always has both.
    /// </summary>
    public static string SandboxDll
    {
        get
        {
            string beside = Path.Combine(AppContext.BaseDirectory, "MimecastPS.Sandbox.dll");
            if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
            {
                return beside;
            }
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            string own = Path.Combine(Root, "src", "MimecastPS.Sandbox", "bin", configuration, "net10.0", "MimecastPS.Sandbox.dll");
            return File.Exists(own) ? own : throw new FileNotFoundException("The sandbox server is not built", own);
        }
    }

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
