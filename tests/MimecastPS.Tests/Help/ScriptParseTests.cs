using System.Management.Automation.Language;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>PowerShell cannot run here, but its parser can: every script in the repository must at least parse.</summary>
public sealed class ScriptParseTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "out", ".git", "TestResults"];

    [Fact]
    public void Every_script_in_the_repository_parses()
    {
        var scripts = Scripts(RepositoryPaths.Root).ToList();
        Assert.Contains(scripts, path => Path.GetFileName(path) == "build.ps1");
        var problems = new List<string>();
        foreach (string script in scripts)
        {
            Parser.ParseFile(script, out _, out ParseError[] errors);
            problems.AddRange(errors.Select(e => Path.GetRelativePath(RepositoryPaths.Root, script) + ":" + e.Extent.StartLineNumber + ": " + e.Message));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Build_script_takes_the_documented_tasks_and_publish_parameters()
    {
        var ast = Parser.ParseFile(Path.Combine(RepositoryPaths.Root, "build.ps1"), out _, out _);
        var parameters = ast.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath, StringComparer.OrdinalIgnoreCase);
        var taskSet = parameters["Task"].Attributes.OfType<AttributeAst>().Single(a => a.TypeName.Name == "ValidateSet");
        Assert.Equal(["Build", "Test", "Package", "Publish"], taskSet.PositionalArguments.OfType<StringConstantExpressionAst>().Select(s => s.Value));
        Assert.Equal("'Build'", parameters["Task"].DefaultValue?.Extent.Text);
        Assert.Contains("ApiKey", parameters.Keys);
        Assert.Equal("'PSGallery'", parameters["Repository"].DefaultValue?.Extent.Text);
        // -WhatIf comes from SupportsShouldProcess.
        var binding = ast.ParamBlock.Attributes.Single(a => a.TypeName.Name == "CmdletBinding");
        Assert.Contains(binding.NamedArguments, n => n.ArgumentName == "SupportsShouldProcess" && n.Argument.Extent.Text == "$true");
    }

    private static IEnumerable<string> Scripts(string directory)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*.ps1"))
        {
            yield return file;
        }
        foreach (string child in Directory.EnumerateDirectories(directory).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (string file in Scripts(child)) yield return file;
        }
    }
}
