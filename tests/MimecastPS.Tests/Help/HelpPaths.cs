using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>Where the help is written (docs/en-US, markdown) and where the build puts what Get-Help reads.</summary>
public static class HelpPaths
{
    public static string Source => Path.Combine(RepositoryPaths.Root, "docs", "en-US");

    /// <summary>out/MimecastPS/en-US: the help beside the built manifest, as Import-Module finds it.</summary>
    public static string Built => Path.Combine(Path.GetDirectoryName(RepositoryPaths.ModuleManifest)!, "en-US");

    public static string AboutTopic => Path.Combine(Built, "about_MimecastPS.help.txt");

    /// <summary>The cmdlet pages: every markdown file but the about topics.</summary>
    public static IEnumerable<string> CommandPages
        => Directory.GetFiles(Source, "*.md").Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
