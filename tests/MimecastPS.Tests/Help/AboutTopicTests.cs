using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>about_MimecastPS is found by Get-Help from the built module and keeps the standard about-topic layout.</summary>
public sealed class AboutTopicTests
{
    private static readonly string[] Sections =
    [
        "TOPIC", "SHORT DESCRIPTION", "LONG DESCRIPTION", "AUTHENTICATION", "REGIONS", "UNATTENDED USE", "CSV RECIPES",
        "READING AND RE-RUNNING FAILURES", "STOPPED RUNS", "RATE LIMITS AND BATCHING", "WHATIF", "THE SANDBOX", "SEE ALSO",
    ];

    [Fact]
    public void Get_Help_finds_the_about_topic_with_its_sections_in_order()
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run("Get-Help about_MimecastPS");
        Assert.Null(result.Terminating);
        string text = string.Join("\n", result.Output.Select(o => o.ToString()));
        var headings = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])).ToList();
        Assert.Equal(Sections, headings);
    }

    [Fact]
    public void About_topic_names_every_exported_cmdlet_and_has_no_placeholder()
    {
        using var ps = new ModuleRunspace();
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "en-US", "about_MimecastPS.help.txt"));
        var listed = ps.Run("(Test-ModuleManifest -Path $path).ExportedCmdlets.Keys", new Dictionary<string, object?> { ["path"] = RepositoryPaths.ModuleManifest })
            .Output.Select(o => o.ToString()).ToList();
        Assert.NotEmpty(listed);
        string seeAlso = text[text.IndexOf("SEE ALSO", StringComparison.Ordinal)..];
        Assert.All(listed, cmdlet => Assert.Contains(cmdlet, seeAlso));
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("TODO", text);
    }
}
