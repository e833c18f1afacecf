using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>about_MimecastPS is found by Get-Help from the built module and keeps the standard about-topic layout.</summary>
public sealed class AboutTopicTests
{
    private static readonly string[] Sections =
    [
        "TOPIC", "SHORT DESCRIPTION", "LONG DESCRIPTION", "AUTHENTICATION", "REGIONS", "UNATTENDED USE", "CSV RECIPES", "GROUPS",
        "OUTCOMES", "READING AND RE-RUNNING FAILURES", "NIGHTLY RE-RUNS", "STOPPED RUNS", "RATE LIMITS AND BATCHING", "WHATIF",
        "DELETING USERS", "THE SANDBOX", "SEE ALSO",
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
    public void About_topic_has_no_placeholder()
    {
        string text = File.ReadAllText(HelpPaths.AboutTopic);
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("TODO", text);
    }

    /// <summary>
    /// The topic lists the cmdlets twice, as "Cmdlets:" with a line each in LONG DESCRIPTION and in SEE ALSO. Both are
    /// written by hand, so both are held against the dll: a new cmdlet fails here until the topic names it.
    /// </summary>
    [Fact]
    public void The_command_list_and_SEE_ALSO_name_exactly_the_cmdlets_the_dll_defines()
    {
        using var ps = new ModuleRunspace();
        var defined = DefinedCmdlets.In(ps);
        Assert.NotEmpty(defined);
        var lines = File.ReadAllLines(HelpPaths.AboutTopic);

        // The code-indented lines after "Cmdlets:", up to the next text at the paragraph margin.
        int list = Array.FindIndex(lines, l => l.Trim() == "Cmdlets:");
        Assert.True(list > 0, "LONG DESCRIPTION has no 'Cmdlets:' list");
        var listed = lines.Skip(list + 1).SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.StartsWith("        ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]);
        Assert.Equal(defined, listed.Order(StringComparer.Ordinal));

        int seeAlso = Array.IndexOf(lines, "SEE ALSO");
        var related = lines.Skip(seeAlso + 1).Select(l => l.Trim()).Where(l => !l.StartsWith("about_", StringComparison.Ordinal) && l.Length > 0);
        Assert.Equal(defined, related.Order(StringComparer.Ordinal));
    }
}
