using System.Management.Automation;
using MimecastPS.HelpBuilder;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// The SYNTAX blocks of docs/en-US/*.md are written by hand (platyPS, which would write them, is not to be had here).
/// The build checks them against the PARAMETERS yaml; this holds them against the cmdlets themselves: one block per
/// parameter set, under the set's name, with the set's parameters, brackets where a parameter is optional, [-Name]
/// where it is positional (in position order), and the value type the parameter takes.
/// </summary>
public sealed class MarkdownSyntaxMatchesCmdletsTests
{
    [Fact]
    public void Every_syntax_block_in_the_markdown_is_a_parameter_set_of_the_cmdlet()
    {
        using var ps = new ModuleRunspace();
        var problems = new List<string>();
        var pages = HelpPaths.CommandPages.Select(CommandPageReader.Read).ToList();
        Assert.NotEmpty(pages);
        foreach (CommandPage page in pages)
        {
            var command = ps.Run("Get-Command -Module MimecastPS -Name $name -ErrorAction SilentlyContinue", new Dictionary<string, object?> { ["name"] = page.Name })
                .Output.Select(o => o.BaseObject).OfType<CmdletInfo>().SingleOrDefault();
            if (command == null)
            {
                problems.Add(page.Name + ": documented, but the module has no such cmdlet");
                continue;
            }
            problems.AddRange(SyntaxProblems(page, command));
        }
        Assert.True(problems.Count == 0, "Markdown SYNTAX out of step with the cmdlets:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<string> SyntaxProblems(CommandPage page, CmdletInfo command)
    {
        var sets = command.ParameterSets.ToList();
        if (page.Syntax.Count != sets.Count)
            yield return page.Name + ": " + page.Syntax.Count + " syntax blocks for " + sets.Count + " parameter sets";
        foreach (SyntaxBlock block in page.Syntax)
        {
            // A single block may go without a heading (platyPS writes none for a cmdlet with one set).
            CommandParameterSetInfo? set = block.ParameterSet == null && sets.Count == 1
                ? sets[0]
                : sets.FirstOrDefault(s => s.Name == block.ParameterSet);
            string where = page.Name + " (" + (block.ParameterSet ?? "no heading") + ")";
            if (set == null)
            {
                yield return where + ": the cmdlet has no parameter set of that name (it has " + string.Join(", ", sets.Select(s => s.Name)) + ")";
                continue;
            }
            if (sets.Count > 1 && block.IsDefault != set.IsDefault)
                yield return where + ": '(Default)' belongs on the heading of " + sets.Single(s => s.IsDefault).Name;

            var actual = set.Parameters
                .Where(p => !PSCmdlet.CommonParameters.Contains(p.Name) && !p.Attributes.OfType<ParameterAttribute>().All(a => a.DontShow))
                .ToDictionary(p => p.Name);
            var shown = block.Parameters.ToDictionary(p => p.Name);
            foreach (string missing in actual.Keys.Except(shown.Keys))
                yield return where + ": -" + missing + " is missing";
            foreach (string extra in shown.Keys.Except(actual.Keys))
                yield return where + ": -" + extra + " is not a parameter of this set";
            foreach (SyntaxParameter parameter in block.Parameters.Where(p => actual.ContainsKey(p.Name)))
            {
                CommandParameterInfo real = actual[parameter.Name];
                if (parameter.IsMandatory != real.IsMandatory)
                    yield return where + ": -" + parameter.Name + " is shown " + (parameter.IsMandatory ? "mandatory" : "optional") + ", the cmdlet has Mandatory = " + real.IsMandatory;
                if (parameter.IsPositional != real.Position >= 0)
                    yield return where + ": -" + parameter.Name + " is shown " + (parameter.IsPositional ? "positional" : "named") + ", the cmdlet has Position = " + real.Position;
                string? value = real.ParameterType == typeof(SwitchParameter) ? null : ShortName(real.ParameterType);
                if (parameter.ValueType != value)
                    yield return where + ": -" + parameter.Name + " is shown with " + (parameter.ValueType == null ? "no value" : "<" + parameter.ValueType + ">") + ", the cmdlet takes " + (value == null ? "none (a switch)" : "<" + value + ">");
            }
            var positions = block.Parameters.Where(p => p.IsPositional && actual.ContainsKey(p.Name)).Select(p => actual[p.Name].Position).ToList();
            if (!positions.SequenceEqual(positions.Order()))
                yield return where + ": positional parameters are not written in position order";
        }
    }

    /// <summary>How a syntax block writes a type: String, String[], and a nullable value as the value (Boolean).</summary>
    private static string ShortName(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name;
}
