using System.Management.Automation;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>The manifest as the Gallery and Import-Module read it, checked against the dll it ships with.</summary>
public sealed class ManifestTests
{
    private static readonly string SourceManifest = Path.Combine(RepositoryPaths.Root, "MimecastPS.psd1");

    [Fact]
    public void Built_manifest_is_the_repository_manifest()
        => Assert.Equal(File.ReadAllText(SourceManifest), File.ReadAllText(RepositoryPaths.ModuleManifest));

    [Fact]
    public void Manifest_passes_Test_ModuleManifest_and_has_every_field_the_Gallery_shows()
    {
        using var ps = new ModuleRunspace();
        // The built copy: Test-ModuleManifest also checks that the dll and format file it names exist beside it.
        var result = ps.Run("Test-ModuleManifest -Path $path", new Dictionary<string, object?> { ["path"] = RepositoryPaths.ModuleManifest });
        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var module = (PSModuleInfo)Assert.Single(result.Output).BaseObject;

        Assert.Equal(["Core", "Desktop"], module.CompatiblePSEditions.Order());
        Assert.Equal(new Version(5, 1), module.PowerShellVersion);
        Assert.False(string.IsNullOrWhiteSpace(module.Description));
        Assert.False(string.IsNullOrWhiteSpace(module.Author));
        Assert.False(string.IsNullOrWhiteSpace(module.CompanyName));
        Assert.False(string.IsNullOrWhiteSpace(module.Copyright));
        Assert.NotNull(module.ProjectUri);
        Assert.NotNull(module.LicenseUri);
        Assert.False(string.IsNullOrWhiteSpace(module.ReleaseNotes));
        Assert.Subset(module.Tags.ToHashSet(), new HashSet<string> { "PSEdition_Desktop", "PSEdition_Core", "Windows", "Linux", "MacOS" });
        Assert.Contains("MimecastPS.format.ps1xml", module.ExportedFormatFiles.Select(Path.GetFileName));
    }

    [Fact]
    public void CmdletsToExport_lists_exactly_the_cmdlets_the_dll_defines()
    {
        using var ps = new ModuleRunspace();
        var listed = ps.Run("(Test-ModuleManifest -Path $path).ExportedCmdlets.Keys", new Dictionary<string, object?> { ["path"] = RepositoryPaths.ModuleManifest })
            .Output.Select(o => o.ToString()).ToList();
        Assert.DoesNotContain(listed, name => name.Contains('*'));
        Assert.Equal(DefinedCmdlets.In(ps), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_dll_version_is_the_manifest_version()
    {
        using var ps = new ModuleRunspace();
        var module = (PSModuleInfo)ps.Run("Get-Module MimecastPS").Output.Single().BaseObject;
        Version dll = module.ImplementingAssembly.GetName().Version!;
        Version manifest = module.Version;
        Assert.Equal(new Version(manifest.Major, manifest.Minor, Math.Max(manifest.Build, 0), Math.Max(manifest.Revision, 0)), dll);
    }
}
