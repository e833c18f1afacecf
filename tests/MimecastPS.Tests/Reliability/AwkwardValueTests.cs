using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// Values that looked given but were not, or looked harmless but were not: a blank password cell, control characters
/// in an address, a dot segment in an API path; and a lookup that fails for one row only. Each failed before its fix.
/// </summary>
public sealed class AwkwardValueTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void A_password_cell_of_spaces_is_an_empty_cell_and_no_password_is_sent()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        var result = ps.Run("[pscustomobject]@{ EmailAddress = 'spaces@example.com'; Password = '   ' } | New-MimecastUser");
        Assert.Empty(result.Errors);
        var sent = Assert.Single(Received.Items(server, "/api/user/create-user"));
        Assert.False(sent.ContainsKey("password"), sent.ToJsonString());
    }

    [Theory]
    [InlineData("tab\\u0009inside@example.com")]
    [InlineData("nul\\u0000@example.com")]
    [InlineData("bell@exam\\u0007ple.com")]
    public void An_address_with_a_control_character_is_refused_before_sending(string escaped)
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        string address = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var result = ps.Run("[pscustomobject]@{ EmailAddress = $address } | New-MimecastUser", new Dictionary<string, object?> { ["address"] = address });
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidEmailAddress,", error.FullyQualifiedErrorId);
        Assert.DoesNotContain(address, error.Exception.Message);
        Assert.Empty(Received.Items(server, "/api/user/create-user"));
    }

    [Theory]
    [InlineData("/api/user/../account/create-account")]
    [InlineData("/api/./user/get-internal-users")]
    public void An_api_path_with_a_dot_segment_is_refused_before_sending(string path)
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        var result = ps.Run($"Invoke-MimecastApi -Path '{path}' -Data @{{ x = 1 }}");
        Assert.StartsWith("InvalidApiPath,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.DoesNotContain(server.Received, r => r.Path != "/api/account/get-account");
    }

    [Fact]
    public void A_lookup_that_fails_for_each_row_writes_an_error_per_row_and_goes_on()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1("-MaxRetryCount 0")).Terminating);
        server.Options.Fault500Rate = 1;
        var result = ps.Run("'a@example.com', 'b@example.com', 'c@example.com' | ForEach-Object { [pscustomobject]@{ EmailAddress = $_ } } | Get-MimecastUser");
        Assert.Null(result.Terminating);
        // Each error carries its row, so the failed rows can be piped in again.
        Assert.Equal(["a@example.com", "b@example.com", "c@example.com"], result.Errors.Select(e => ((System.Management.Automation.PSObject)e.TargetObject).Properties["EmailAddress"].Value.ToString()));
        Assert.All(result.Errors, e => Assert.StartsWith("err_internal_server_error,", e.FullyQualifiedErrorId));
    }
}
