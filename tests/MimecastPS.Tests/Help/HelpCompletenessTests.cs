using System.Management.Automation;
using System.Management.Automation.Language;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// What Get-Help shows for every exported cmdlet, read through a real engine from the built module, the way a
/// user reads it. Help with generated synopses, placeholder text or undocumented parameters fails here.
/// </summary>
public sealed class HelpCompletenessTests
{
    private static readonly string[] PlaceholderMarks = ["{{", "}}", "Fill in", "TODO", "TBD"];

    [Fact]
    public void Every_exported_cmdlet_has_written_help_with_every_parameter_described_and_parseable_examples()
    {
        using var ps = new ModuleRunspace();
        var commands = ps.Run("Get-Command -Module MimecastPS -CommandType Cmdlet").Output.Select(o => (CmdletInfo)o.BaseObject).ToList();
        Assert.NotEmpty(commands);
        var problems = new List<string>();
        foreach (CmdletInfo command in commands)
        {
            problems.AddRange(ProblemsIn(ps, command));
        }
        Assert.True(problems.Count == 0, "Help problems:\n" + string.Join("\n", problems));
    }

    /// <summary>Also covers cmdlets documented ahead of their code, which Get-Command cannot list yet.</summary>
    [Fact]
    public void Every_command_in_the_help_file_has_two_parseable_examples_and_no_placeholder()
    {
        var document = MamlDocument.Load();
        Assert.DoesNotContain("{{", document.ToString());
        var problems = new List<string>();
        foreach (var command in MamlDocument.Commands(document))
        {
            var codes = command.Descendants(MamlDocument.Dev + "code").Select(c => c.Value).ToList();
            if (codes.Count < 2) problems.Add(MamlDocument.NameOf(command) + ": " + codes.Count + " examples");
            foreach (string code in codes)
            {
                Parser.ParseInput(code, out _, out ParseError[] errors);
                problems.AddRange(errors.Select(e => MamlDocument.NameOf(command) + ": example does not parse: " + e.Message));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> ProblemsIn(ModuleRunspace ps, CmdletInfo command)
    {
        string name = command.Name;
        var result = ps.Run("Get-Help -Name $name -Full", new Dictionary<string, object?> { ["name"] = name });
        if (result.Terminating != null || result.Errors.Count > 0 || result.Output.Count != 1)
        {
            yield return name + ": Get-Help failed: " + (result.Terminating?.Message ?? string.Join("; ", result.Errors));
            yield break;
        }
        PSObject help = result.Output[0];

        // Without MAML, Get-Help makes the synopsis from the syntax ("New-MimecastUser [-EmailAddress] <string> ...").
        string synopsis = Text(help, "Synopsis");
        if (synopsis.Length == 0 || synopsis.StartsWith(name, StringComparison.OrdinalIgnoreCase) || HasPlaceholder(synopsis))
            yield return name + ": synopsis is missing, generated or a placeholder: '" + synopsis + "'";

        string description = Paragraphs(help.Properties["description"]?.Value);
        if (description.Length < 40 || HasPlaceholder(description))
            yield return name + ": description is missing, too short or a placeholder";

        var described = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (PSObject parameter in Items(Member(help, "parameters"), "parameter"))
        {
            described[Text(parameter, "name")] = Paragraphs(parameter.Properties["description"]?.Value);
        }
        foreach (string parameter in PublicParameters(command))
        {
            if (!described.TryGetValue(parameter, out string? text) || text.Length == 0)
                yield return name + ": -" + parameter + " has no description";
            else if (HasPlaceholder(text))
                yield return name + ": -" + parameter + " has a placeholder description";
        }
        if (described.ContainsKey("InputObject"))
            yield return name + ": documents the hidden -InputObject, which users are not meant to set";

        var examples = Items(Member(help, "examples"), "example").ToList();
        if (examples.Count < 2)
            yield return name + ": has " + examples.Count + " examples, needs at least 2";
        foreach (PSObject example in examples)
        {
            string title = Text(example, "title");
            string code = Text(example, "code");
            if (code.Trim().Length == 0)
                yield return name + ": example '" + title + "' has no code";
            Parser.ParseInput(code, out _, out ParseError[] errors);
            foreach (ParseError error in errors)
                yield return name + ": example '" + title + "' does not parse: " + error.Message;
            if (Paragraphs(example.Properties["remarks"]?.Value).Length == 0)
                yield return name + ": example '" + title + "' has no remarks";
        }
    }

    /// <summary>The parameters a user can set: all but the common ones and the hidden pipeline InputObject.</summary>
    internal static IEnumerable<string> PublicParameters(CmdletInfo command)
        => command.Parameters.Values
            .Where(p => !PSCmdlet.CommonParameters.Contains(p.Name))
            .Where(p => !p.Attributes.OfType<ParameterAttribute>().All(a => a.DontShow))
            .Select(p => p.Name);

    private static bool HasPlaceholder(string text) => PlaceholderMarks.Any(mark => text.Contains(mark, StringComparison.OrdinalIgnoreCase));

    private static object? Member(PSObject item, string name) => item.Properties[name]?.Value;

    private static string Text(PSObject item, string name) => (Member(item, name)?.ToString() ?? string.Empty).Trim();

    private static IEnumerable<PSObject> Items(object? container, string name)
    {
        if (container is not PSObject wrapper) yield break;
        foreach (object? item in LanguagePrimitives.GetEnumerable(wrapper.Properties[name]?.Value) ?? new[] { wrapper.Properties[name]?.Value })
        {
            if (item != null) yield return PSObject.AsPSObject(item);
        }
    }

    /// <summary>The text of MAML paragraphs, which Get-Help gives as objects with a Text property.</summary>
    private static string Paragraphs(object? value)
    {
        if (value == null) return string.Empty;
        var enumerable = LanguagePrimitives.GetEnumerable(value) ?? new[] { value };
        return string.Join("\n", enumerable.Cast<object?>()
            .Select(p => p is null ? "" : PSObject.AsPSObject(p).Properties["Text"]?.Value?.ToString() ?? p.ToString() ?? "")).Trim();
    }
}
