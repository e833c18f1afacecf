using System.Management.Automation;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>What spreadsheets really contain, and the defined outcome for each.</summary>
public sealed class BadInputRowTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private PowerShellResult Import(string rows)
    {
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        return ps.Run("@(" + rows + ") | New-MimecastUser");
    }

    [Fact]
    public void Case_unicode_quotes_and_surrounding_whitespace_are_sent_as_given_only_trimmed()
    {
        var server = sandbox.Fresh();
        var result = Import("""
            [pscustomobject]@{ EmailAddress = '  Mixed.Case@Example.COM '; Name = 'Zoë Ñúñez 李小龍' },
            [pscustomobject]@{ EmailAddress = 'quote@example.com'; Name = 'Conor "Bob" O''Brien, Jr.' }
            """);
        Assert.Empty(result.Errors);
        Assert.Equal(["Mixed.Case@Example.COM", "quote@example.com"], result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.Equal("Zoë Ñúñez 李小龍", server.Directory.FindUser("mixed.case@example.com")!.Name);
        Assert.Equal("Conor \"Bob\" O'Brien, Jr.", server.Directory.FindUser("quote@example.com")!.Name);
    }

    [Fact]
    public void Very_long_values_are_sent_whole_and_an_overlong_address_is_refused_before_sending()
    {
        var server = sandbox.Fresh();
        string longName = new('n', 5000);
        string longAddress = new string('a', 330) + "@example.com";
        var result = Import($"[pscustomobject]@{{ EmailAddress = 'long@example.com'; Name = '{longName}' }}, [pscustomobject]@{{ EmailAddress = '{longAddress}' }}");
        Assert.Equal(longName, server.Directory.FindUser("long@example.com")!.Name);
        Assert.StartsWith("InvalidEmailAddress,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_header_with_a_byte_order_mark_or_a_missing_address_column_is_an_error_per_row_naming_the_missing_parameter()
    {
        var server = sandbox.Fresh();
        // Excel's "CSV UTF-8" read with the wrong encoding puts U+FEFF in front of the first column name.
        var result = Import("""
            [pscustomobject]@{ "$([char]0xFEFF)EmailAddress" = 'bom@example.com' },
            [pscustomobject]@{ Address = 'wrong-column@example.com' },
            [pscustomobject]@{ EmailAddress = 'fine@example.com' }
            """);
        Assert.Equal(["fine@example.com"], result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("MissingColumn,", e.FullyQualifiedErrorId);
            Assert.Contains("no column gives -EmailAddress", e.Exception.Message);
            Assert.IsType<PSObject>(e.TargetObject);
        });
        Assert.Contains("byte-order mark", result.Errors[0].Exception.Message);
        Assert.Single(server.Directory.Users);
    }
}
