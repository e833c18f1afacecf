using System.Management.Automation;
using System.Xml.Linq;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// The MAML is generated from markdown that people write, so it drifts when a parameter is renamed, gets an alias or
/// moves set. These tests compare every documented parameter, attribute and syntax block with the cmdlet the built
/// module defines.
/// </summary>
public sealed class MamlMatchesCmdletsTests
{
    private static readonly XName Required = "required", Position = "position", PipelineInput = "pipelineInput", Aliases = "aliases";

    [Fact]
    public void The_help_file_documents_exactly_the_cmdlets_the_manifest_exports()
    {
        using var ps = new ModuleRunspace();
        var exported = ps.Run("(Get-Module MimecastPS).ExportedCmdlets.Keys").Output.Select(o => o.ToString()).ToHashSet();
        var listed = ps.Run("(Test-ModuleManifest -Path $path).ExportedCmdlets.Keys", new Dictionary<string, object?> { ["path"] = RepositoryPaths.ModuleManifest })
            .Output.Select(o => o.ToString()).ToHashSet();
        var documented = MamlDocument.Commands(MamlDocument.Load()).Select(MamlDocument.NameOf).ToList();
        Assert.Equal(documented.Count, documented.Distinct().Count());
        Assert.Equal(listed.Order(), documented.Order());
        Assert.Subset(documented.ToHashSet(), exported);
    }

    [Fact]
    public void Every_documented_parameter_exists_with_the_documented_type_aliases_position_and_pipeline_input()
    {
        using var ps = new ModuleRunspace();
        var problems = new List<string>();
        foreach (XElement maml in MamlDocument.Commands(MamlDocument.Load()))
        {
            CmdletInfo? command = CommandNamed(ps, MamlDocument.NameOf(maml));
            if (command == null)
            {
                // Documented ahead of its code (Invoke-MimecastApi, Get-MimecastUser while main writes them): nothing to compare yet.
                continue;
            }
            // Both places a parameter is written: the PARAMETERS section and every syntax block.
            var documented = maml.Element(MamlDocument.Command + "parameters")!.Elements(MamlDocument.Command + "parameter")
                .Concat(maml.Element(MamlDocument.Command + "syntax")!.Elements(MamlDocument.Command + "syntaxItem").Elements(MamlDocument.Command + "parameter"));
            foreach (XElement parameter in documented)
            {
                problems.AddRange(ParameterProblems(command, parameter));
            }
        }
        Assert.True(problems.Count == 0, "MAML out of step with the cmdlets:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_syntax_block_is_one_real_parameter_set_with_its_mandatory_parameters()
    {
        using var ps = new ModuleRunspace();
        var problems = new List<string>();
        foreach (XElement maml in MamlDocument.Commands(MamlDocument.Load()))
        {
            string name = MamlDocument.NameOf(maml);
            CmdletInfo? command = CommandNamed(ps, name);
            if (command == null) continue;
            var blocks = maml.Element(MamlDocument.Command + "syntax")!.Elements(MamlDocument.Command + "syntaxItem").ToList();
            var sets = command.ParameterSets.ToList();
            if (blocks.Count != sets.Count)
                problems.Add(name + ": " + blocks.Count + " syntax blocks for " + sets.Count + " parameter sets");
            foreach (XElement block in blocks)
            {
                var documented = block.Elements(MamlDocument.Command + "parameter").ToDictionary(MamlDocument.NameOfParameter, p => p);
                var match = sets.FirstOrDefault(set => PublicParametersOf(set).Select(p => p.Name).ToHashSet().SetEquals(documented.Keys));
                if (match == null)
                {
                    problems.Add(name + ": syntax block (" + string.Join(", ", documented.Keys) + ") matches no parameter set");
                    continue;
                }
                foreach (CommandParameterInfo parameter in PublicParametersOf(match))
                {
                    string required = documented[parameter.Name].Attribute(Required)?.Value ?? "";
                    if (!string.Equals(required, parameter.IsMandatory ? "true" : "false", StringComparison.OrdinalIgnoreCase))
                        problems.Add(name + " (" + match.Name + "): -" + parameter.Name + " required=\"" + required + "\" but IsMandatory is " + parameter.IsMandatory);
                }
            }
        }
        Assert.True(problems.Count == 0, "Syntax out of step with the parameter sets:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<string> ParameterProblems(CmdletInfo command, XElement documented)
    {
        string name = MamlDocument.NameOfParameter(documented);
        string where = command.Name + " -" + name;
        if (!command.Parameters.TryGetValue(name, out ParameterMetadata? metadata))
        {
            yield return where + ": documented, but the cmdlet has no such parameter";
            yield break;
        }
        if (!HelpCompletenessTests.PublicParameters(command).Contains(name))
        {
            yield return where + ": documented, but it is a common or hidden parameter";
            yield break;
        }
        string type = documented.Element(MamlDocument.Dev + "type")?.Element(MamlDocument.Maml + "name")?.Value.Trim() ?? "";
        if (type != metadata.ParameterType.ToString())
            yield return where + ": type '" + type + "', the cmdlet says '" + metadata.ParameterType + "'";

        var aliases = (documented.Attribute(Aliases)?.Value ?? "none").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(a => !a.Equals("none", StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!aliases.SetEquals(metadata.Aliases))
            yield return where + ": aliases '" + string.Join(", ", aliases) + "', the cmdlet has '" + string.Join(", ", metadata.Aliases) + "'";

        var attributes = metadata.Attributes.OfType<ParameterAttribute>().ToList();
        int position = attributes.Select(a => a.Position).DefaultIfEmpty(int.MinValue).Max();
        string expectedPosition = position < 0 ? "named" : position.ToString();
        if (documented.Attribute(Position)?.Value != expectedPosition)
            yield return where + ": position '" + documented.Attribute(Position)?.Value + "', the cmdlet has '" + expectedPosition + "'";

        bool byValue = attributes.Any(a => a.ValueFromPipeline), byName = attributes.Any(a => a.ValueFromPipelineByPropertyName);
        string expectedPipeline = byValue && byName ? "True (ByValue, ByPropertyName)" : byValue ? "True (ByValue)" : byName ? "True (ByPropertyName)" : "False";
        if (documented.Attribute(PipelineInput)?.Value != expectedPipeline)
            yield return where + ": pipelineInput '" + documented.Attribute(PipelineInput)?.Value + "', the cmdlet has '" + expectedPipeline + "'";
    }

    private static IEnumerable<CommandParameterInfo> PublicParametersOf(CommandParameterSetInfo set)
        => set.Parameters.Where(p => !PSCmdlet.CommonParameters.Contains(p.Name) && !p.Attributes.OfType<ParameterAttribute>().All(a => a.DontShow));

    private static CmdletInfo? CommandNamed(ModuleRunspace ps, string name)
        => ps.Run("Get-Command -Module MimecastPS -Name $name -ErrorAction SilentlyContinue", new Dictionary<string, object?> { ["name"] = name })
            .Output.Select(o => o.BaseObject).OfType<CmdletInfo>().SingleOrDefault();
}
