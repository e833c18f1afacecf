using System.Management.Automation;
using System.Text.Json.Nodes;

namespace MimecastPS.Tests.Module;

public sealed class SetMimecastUserTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string UpdateUser = "/api/user/update-user";

    private PowerShellResult Run(string script)
    {
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        return ps.Run(script);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("0", false)]
    public void Boolean_words_from_csv_cells_are_sent_as_json_booleans(string word, bool expected)
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("flag@example.com");
        var result = Run($"[pscustomobject]@{{ EmailAddress = 'flag@example.com'; AccountLocked = '{word}'; AllowPop = '{word}' }} | Set-MimecastUser");
        Assert.Empty(result.Errors);
        var sent = Assert.Single(Received.Items(server, UpdateUser));
        Assert.Equal(expected, (bool)sent["accountLocked"]!);
        Assert.Equal(expected, (bool)sent["allowPop"]!);
        Assert.Equal(expected, server.Directory.FindUser("flag@example.com")!.AccountLocked);
    }

    [Fact]
    public void Real_booleans_from_the_command_line_are_sent()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("cli@example.com");
        var result = Run("Set-MimecastUser -EmailAddress cli@example.com -AccountDisabled $true -PasswordNeverExpires $false");
        Assert.Empty(result.Errors);
        var sent = Assert.Single(Received.Items(server, UpdateUser));
        Assert.True((bool)sent["accountDisabled"]!);
        Assert.False((bool)sent["passwordNeverExpires"]!);
    }

    [Fact]
    public void Empty_cells_are_never_sent_so_settings_stay_as_they_are()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("keep@example.com");
        server.Directory.AddUser("keep2@example.com");
        var result = Run("""
            @([pscustomobject]@{ EmailAddress = 'keep@example.com'; Name = 'Kept'; AccountLocked = ''; AccountDisabled = ''; AllowPop = ''; AllowSmtp = ''; PasswordNeverExpires = ''; ForcePasswordChange = ''; ArchiveStartDate = ''; Password = '' },
              [pscustomobject]@{ EmailAddress = 'keep2@example.com'; Name = ''; AccountLocked = 'yes'; AccountDisabled = ''; AllowPop = ''; AllowSmtp = ''; PasswordNeverExpires = ''; ForcePasswordChange = ''; ArchiveStartDate = ''; Password = '' }) | Set-MimecastUser
            """);
        Assert.Empty(result.Errors);
        var sent = Received.Items(server, UpdateUser);
        Assert.Equal(["emailAddress", "name"], sent[0].Select(p => p.Key));
        Assert.Equal(["emailAddress", "accountLocked"], sent[1].Select(p => p.Key));
    }

    [Fact]
    public void A_value_from_one_row_never_carries_over_to_the_next_row()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("r1@example.com");
        server.Directory.AddUser("r2@example.com");
        var result = Run("""
            @([pscustomobject]@{ EmailAddress = 'r1@example.com'; AccountLocked = 'true'; ArchiveStartDate = '2024-01-31T09:30:00Z' },
              [pscustomobject]@{ EmailAddress = 'r2@example.com'; Name = 'Only name' }) | Set-MimecastUser
            """);
        Assert.Empty(result.Errors);
        var sent = Received.Items(server, UpdateUser);
        Assert.Equal("2024-01-31T09:30:00+0000", (string)sent[0]["archiveStartDate"]!);
        Assert.Equal(["emailAddress", "name"], sent[1].Select(p => p.Key));
    }

    [Theory]
    [InlineData("2024-01-31T09:30:00Z", "2024-01-31T09:30:00+0000")]
    [InlineData("2024-01-31T10:30:00+01:00", "2024-01-31T09:30:00+0000")]
    [InlineData("2024-01-31T09:30:00+0000", "2024-01-31T09:30:00+0000")]
    public void ArchiveStartDate_accepts_iso_8601_and_is_sent_in_utc_in_mimecasts_form(string cell, string sentValue)
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("arch@example.com");
        var result = Run($"[pscustomobject]@{{ EmailAddress = 'arch@example.com'; ArchiveStartDate = '{cell}' }} | Set-MimecastUser");
        Assert.Empty(result.Errors);
        Assert.Equal(sentValue, (string)Assert.Single(Received.Items(server, UpdateUser))["archiveStartDate"]!);
    }

    [Theory]
    [InlineData("AccountLocked", "maybe")]
    [InlineData("ArchiveStartDate", "31/01/2024")]
    public void A_bad_value_is_a_binding_error_that_names_parameter_and_value(string column, string value)
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("ok@example.com");
        var result = Run("@([pscustomobject]@{ EmailAddress = 'bad@example.com'; " + column + " = '" + value + "' }, "
            + "[pscustomobject]@{ EmailAddress = 'ok@example.com'; AccountLocked = 'no' }) | Set-MimecastUser");
        var error = Assert.Single(result.Errors);
        Assert.Contains(column, error.Exception.Message);
        Assert.Contains(value, error.Exception.Message);
        Assert.Equal("bad@example.com", ((PSObject)error.TargetObject).Properties["EmailAddress"].Value);
        Assert.Single(result.Output);
    }

    [Fact]
    public void An_unknown_user_is_an_ObjectNotFound_error_for_that_row()
    {
        sandbox.Fresh();
        var result = Run("[pscustomobject]@{ EmailAddress = 'ghost@example.com'; AccountLocked = 'true' } | Set-MimecastUser");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("err_user_not_found,MimecastPS.Commands.SetMimecastUserCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void A_row_with_nothing_to_change_is_refused_without_a_request()
    {
        var server = sandbox.Fresh();
        var result = Run("[pscustomobject]@{ EmailAddress = 'idle@example.com'; AccountLocked = '' } | Set-MimecastUser");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("NothingToChange,", error.FullyQualifiedErrorId);
        Assert.Equal(0, Received.Requests(server, UpdateUser));
    }

    [Fact]
    public void Passwords_never_appear_in_errors_or_output()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("pw@example.com");
        var result = Run("""
            @([pscustomobject]@{ EmailAddress = 'pw@example.com'; Password = 'Sup3r-Secret!' },
              [pscustomobject]@{ EmailAddress = 'nobody@example.com'; Password = 'Sup3r-Secret!' }) | Set-MimecastUser -Verbose -Debug
            """);
        Assert.Single(result.Errors);
        var text = result.AllText().Replace(((PSObject)result.Errors[0].TargetObject).ToString()!, "");
        Assert.DoesNotContain("Sup3r-Secret!", text);
        Assert.Contains("***", string.Join("\n", result.Debug));
        Assert.Equal("Sup3r-Secret!", server.Directory.FindUser("pw@example.com")!.Password);
    }
}
