using System.IO.Compression;
using System.Xml.Linq;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>The Gallery package: module files at its root, and a nuspec whose fields come from the manifest.</summary>
public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Pack_makes_one_package_named_after_the_manifest_version()
    {
        Assert.True(package.ExitCode == 0, "dotnet pack failed:\n" + package.PackOutput);
        string file = Path.GetFileName(Assert.Single(package.Packages));
        Assert.Equal("MimecastPS." + ManifestVersion() + ".nupkg", file);
    }

    [Fact]
    public void Module_files_are_at_the_package_root()
    {
        using var zip = ZipFile.OpenRead(Assert.Single(package.Packages));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Subset(entries, new HashSet<string>
        {
            "MimecastPS.psd1", "MimecastPS.dll", "Newtonsoft.Json.dll", "MimecastPS.format.ps1xml", "en-US/MimecastPS.dll-Help.xml",
        });
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("content/", StringComparison.Ordinal));
        // The packed manifest is the repository's, byte for byte.
        using var reader = new StreamReader(zip.GetEntry("MimecastPS.psd1")!.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "MimecastPS.psd1")), reader.ReadToEnd());
    }

    [Fact]
    public void Nuspec_takes_id_version_and_metadata_from_the_manifest()
    {
        using var zip = ZipFile.OpenRead(Assert.Single(package.Packages));
        XElement metadata = XDocument.Load(zip.GetEntry("MimecastPS.nuspec")!.Open()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value.Trim() ?? "";

        string manifest = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "MimecastPS.psd1"));
        Assert.Equal("MimecastPS", Field("id"));
        Assert.Equal(ManifestVersion(), Field("version"));
        Assert.Equal(ManifestValue(manifest, "Author"), Field("authors"));
        Assert.Equal(ManifestValue(manifest, "Description"), Field("description"));
        Assert.Equal(ManifestValue(manifest, "ProjectUri"), Field("projectUrl"));
        Assert.Equal(ManifestValue(manifest, "ReleaseNotes"), Field("releaseNotes"));
        Assert.True(Field("license").Length > 0 || Field("licenseUrl").Length > 0, "the nuspec has no license");

        var tags = Field("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Subset(tags, ManifestTags(manifest).ToHashSet());
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSCmdlet_New-MimecastUser", tags);
    }

    private static string ManifestVersion() => ManifestValue(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "MimecastPS.psd1")), "ModuleVersion");

    private static string ManifestValue(string manifest, string key)
        => System.Text.RegularExpressions.Regex.Match(manifest, @"\b" + key + @"\s*=\s*'([^']*)'").Groups[1].Value;

    private static IEnumerable<string> ManifestTags(string manifest)
    {
        string list = System.Text.RegularExpressions.Regex.Match(manifest, @"Tags\s*=\s*@\(([^)]*)\)").Groups[1].Value;
        var tags = System.Text.RegularExpressions.Regex.Matches(list, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(tags);
        return tags;
    }
}
