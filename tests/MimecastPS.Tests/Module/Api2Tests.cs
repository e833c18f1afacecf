using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Module;

public sealed class Api2Tests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void A_wrong_client_secret_fails_Connect_with_the_oauth_description_and_a_hint()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run($"try {{ Connect-Mimecast -BaseUri '{server.BaseUri}' -ClientId sandbox-client-id -ClientSecret 'wrong-secret' }} catch {{ $_.FullyQualifiedErrorId; $_.Exception.Message }}");
        Assert.StartsWith("invalid_client,", (string)result.Output[0].BaseObject);
        string message = (string)result.Output[1].BaseObject;
        Assert.Contains("Client authentication failed", message);
        Assert.Contains("client secret", message);
        Assert.DoesNotContain("wrong-secret", message);
    }

    [Fact]
    public void An_import_that_outlives_several_short_tokens_refreshes_once_per_expiry()
    {
        var server = sandbox.Fresh();
        server.Options.TokenLifetime = TimeSpan.FromSeconds(1);
        server.Options.Latency = TimeSpan.FromMilliseconds(60);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi2()).Terminating);
        var result = ps.Run("""
            $rows = 1..400 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('tok{0:D3}@example.com' -f $_) } }
            $started = [DateTime]::UtcNow
            $rows | New-MimecastUser -BatchSize 2 -ThrottleLimit 4 | Out-Null
            ([DateTime]::UtcNow - $started).TotalSeconds
            """);
        Assert.Empty(result.Errors);
        Assert.Equal(400, server.Directory.Users.Count);
        double seconds = Convert.ToDouble(result.Output.Last().BaseObject);
        Assert.True(seconds > 2.5, $"the run must outlive several tokens to mean anything (took {seconds:0.0} s)");
        // One token per 0.8 s of token life (refreshed a fifth early), plus the one from Connect; never one per request.
        Assert.InRange(server.TokenRequestCount, 2, (int)Math.Ceiling(seconds / 0.8) + 2);
        Assert.Equal(0, server.Received.Count(r => r.StatusCode == 401));
    }

    [Fact]
    public void A_401_token_expired_is_cured_by_one_refresh_and_the_rows_still_succeed()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi2()).Terminating);
        int tokensBefore = server.TokenRequestCount;
        server.ExpireAllTokens();
        var result = ps.Run("1..8 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('exp{0}@example.com' -f $_) } } | New-MimecastUser -BatchSize 1 -ThrottleLimit 4");
        Assert.Empty(result.Errors);
        Assert.Equal(8, result.Output.Count);
        Assert.Equal(tokensBefore + 1, server.TokenRequestCount);
        Assert.Contains(server.Received, r => r.StatusCode == 401);
    }

    [Fact]
    public void New_MimecastAccount_on_an_api2_session_stops_before_sending_and_says_why()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi2()).Terminating);
        int before = server.Received.Count;
        var result = ps.Run("try { [pscustomobject]@{ AccountName = 'Acme' } | New-MimecastAccount -Confirm:$false } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");
        Assert.StartsWith("CreateAccountNeedsApi1,", (string)result.Output[0].BaseObject);
        Assert.Contains("API 1.0", (string)result.Output[1].BaseObject);
        Assert.Equal(before, server.Received.Count);
    }

    [Fact]
    public void No_secret_or_token_appears_in_any_stream_at_Verbose_and_Debug()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("exists@example.com");
        using var ps = new ModuleRunspace();
        var result = ps.Run(sandbox.ConnectApi2("-Verbose -Debug -PassThru") + """

            @([pscustomobject]@{ EmailAddress = 'exists@example.com'; Password = 'Row-Pa55word' }, [pscustomobject]@{ EmailAddress = 'fresh@example.com'; Password = 'Row-Pa55word' }) |
                New-MimecastUser -Verbose -Debug
            Invoke-MimecastApi /api/user/get-internal-users -Verbose -Debug | Out-Null
            """);
        string text = result.AllText().Replace(string.Join("", result.Errors.Select(e => e.TargetObject?.ToString())), "");
        var tokens = server.Received.Where(r => r.AccessToken != null).Select(r => r.AccessToken!).Distinct().ToList();
        Assert.NotEmpty(tokens);
        Assert.DoesNotContain(server.Options.ClientSecret, text);
        Assert.DoesNotContain("Row-Pa55word", text);
        Assert.All(tokens, t => Assert.DoesNotContain(t, text));
        Assert.DoesNotContain("Bearer ", text);
        Assert.Contains("status=200", text);
    }
}
