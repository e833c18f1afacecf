using System.Management.Automation;
using MimecastPS.HelpBuilder;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// Get-Help -Online opens the first related link that has an address, or else the cmdlet's HelpUri: both are the
/// cmdlet's markdown page in the repository, the manifest's ProjectUri + /blob/main/docs/en-US/Verb-Noun.md, and that
/// page exists.
/// </summary>
public sealed class OnlineHelpTests
{
    [Fact]
    public void Get_Help_Online_goes_to_the_cmdlets_page_in_the_repository()
    {
        using var ps = new ModuleRunspace();
        var problems = new List<string>();
        foreach (string name in DefinedCmdlets.In(ps))
        {
            string expected = PageAddress(ps, name);
            string page = Path.Combine(HelpPaths.Source, name + ".md");
            if (!File.Exists(page))
            {
                problems.Add(name + ": no docs/en-US/" + name + ".md");
                continue;
            }
            // The HelpUri of the [Cmdlet] attribute, as PowerShell reads it (CommandInfo shows it to scripts only).
            string? helpUri = ps.Run("(Get-Command -Module MimecastPS -Name $name).HelpUri", new Dictionary<string, object?> { ["name"] = name })
                .Output.SingleOrDefault()?.ToString();
            if (helpUri != expected) problems.Add(name + ": HelpUri '" + helpUri + "', expected " + expected);
            string frontMatter = CommandPageReader.Read(page).OnlineVersion;
            if (frontMatter != expected) problems.Add(name + ": online version '" + frontMatter + "', expected " + expected);
            // The engine here has no Microsoft.PowerShell.Utility (Select-Object): the links are picked in C#.
            string? linked = ps.Run("(Get-Help -Name $name).relatedLinks.navigationLink", new Dictionary<string, object?> { ["name"] = name })
                .Output.Select(link => link.Properties["uri"]?.Value?.ToString()).FirstOrDefault(uri => !string.IsNullOrEmpty(uri));
            if (linked != expected) problems.Add(name + ": Get-Help's first link with an address is '" + linked + "', expected " + expected);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string PageAddress(ModuleRunspace ps, string name)
    {
        var module = (PSModuleInfo)ps.Run("Get-Module MimecastPS").Output.Single().BaseObject;
        return module.ProjectUri!.ToString().TrimEnd('/') + "/blob/main/docs/en-US/" + name + ".md";
    }
}
