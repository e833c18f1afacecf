using System.Text;
using MimecastPS.Tests.Reliability;

namespace MimecastPS.Tests.Module;

public sealed class ConnectTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void Api1_keys_connect_after_checking_them_with_get_account()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run(sandbox.ConnectApi1("-PassThru"));
        Assert.Null(result.Terminating);
        var session = Assert.Single(result.Output);
        Assert.Equal("1.0", session.Properties["ApiVersion"].Value);
        Assert.Equal(TimeSpan.FromSeconds(300), session.Properties["MaxWait"].Value);
        var check = Assert.Single(server.Received);
        Assert.Equal("/api/account/get-account", check.Path);
        Assert.Equal(200, check.StatusCode);
    }

    [Theory]
    [InlineData("-BaseUri 'https://admin:S3cret-Pw@eu-api.mimecast.com'")]
    [InlineData("")]
    public void A_base_uri_with_user_info_is_refused_without_repeating_it(string baseUri)
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run($$"""
            $env:MIMECAST_BASE_URI = 'https://admin:S3cret-Pw@eu-api.mimecast.com'
            try { Connect-Mimecast {{baseUri}} -ClientId id -ClientSecret secret -SkipValidation } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
            finally { $env:MIMECAST_BASE_URI = $null }
            """);
        Assert.StartsWith("InvalidConnectionArgument,", (string)result.Output[0].BaseObject);
        string message = (string)result.Output[1].BaseObject;
        Assert.Contains("holds a user name or password", message);
        Assert.DoesNotContain("S3cret-Pw", result.AllText());
        Assert.DoesNotContain("admin", message);
    }

    [Fact]
    public void A_client_id_without_its_secret_in_the_environment_names_what_is_missing()
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run("""
            $env:MIMECAST_CLIENT_ID = 'only-the-id'
            try { Connect-Mimecast } catch { $_.Exception.Message } finally { $env:MIMECAST_CLIENT_ID = $null }
            """);
        Assert.StartsWith("No complete credentials were given: MIMECAST_CLIENT_ID is set but MIMECAST_CLIENT_SECRET is not.", (string)result.Output[0].BaseObject);
    }

    [Fact]
    public void A_region_without_a_host_for_the_api_version_says_so_without_a_dotnet_parameter_tail()
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run("try { Connect-Mimecast -ClientId id -ClientSecret secret -Region EU -SkipValidation } catch { $_.Exception.Message }");
        string message = (string)result.Output[0].BaseObject;
        Assert.StartsWith("Region 'EU' has no API 2.0 host.", message);
        Assert.DoesNotContain("Parameter", message);
    }

    [Fact]
    public async Task A_server_asking_for_a_wait_beyond_MaxWaitSec_fails_the_rows_at_once_with_the_figure()
    {
        await using var server = await ScriptedServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers["Retry-After"] = "3600";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""{"meta":{"status":429},"fail":[{"errors":[{"code":"err_rate_limit_exceeded","message":"Rate limit exceeded"}]}]}"""));
        });
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run($"Connect-Mimecast -BaseUri '{server.BaseUri}' -AccessKey ak -SecretKey 'U2VjcmV0S2V5' -AppId app -AppKey key -SkipValidation -MaxWaitSec 60").Terminating);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = ps.Run("[pscustomobject]@{ EmailAddress = 'w@example.com' } | New-MimecastUser");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("WaitTooLong,", error.FullyQualifiedErrorId);
        Assert.Contains("Mimecast asked to wait 3600 s, longer than -MaxWaitSec 60", error.Exception.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_proxy_that_wants_credentials_ends_the_command_naming_the_option_and_the_credential_gets_through()
    {
        const string expected = "Basic " + "cHJveHl1c2VyOlByMHh5LVBhc3M="; // proxyuser:Pr0xy-Pass
        var seen = new List<string>();
        // HttpClient sends absolute-URI requests to an http proxy, so the proxy can answer them itself.
        await using var proxy = await ScriptedServer.StartAsync(async context =>
        {
            string authorization = context.Request.Headers["Proxy-Authorization"].ToString();
            lock (seen) seen.Add(context.Request.Path + " " + (authorization.Length > 0 ? "with credentials" : "without"));
            if (authorization != expected)
            {
                context.Response.StatusCode = 407;
                context.Response.Headers["Proxy-Authenticate"] = "Basic realm=\"corp\"";
                return;
            }
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""{"meta":{"status":200},"data":[{"emailAddress":"p@example.com","id":"7"}],"fail":[]}"""));
        });
        // Nothing listens at the base URI: only the proxy can answer.
        const string connect = "Connect-Mimecast -BaseUri 'http://127.0.0.1:9' -AccessKey ak -SecretKey 'U2VjcmV0S2V5' -AppId app -AppKey key";
        using var ps = new ModuleRunspace();
        var refused = ps.Run($"try {{ {connect} -Proxy '{proxy.BaseUri}' }} catch {{ $_.FullyQualifiedErrorId; $_.Exception.Message }}");
        Assert.StartsWith("ProxyAuthenticationRequired,", (string)refused.Output[0].BaseObject);
        Assert.Contains("-ProxyUseDefaultCredentials", (string)refused.Output[1].BaseObject);
        Assert.Contains("-ProxyCredential", (string)refused.Output[1].BaseObject);

        var proxyUrl = new UriBuilder(proxy.BaseUri) { UserName = "proxyuser", Password = "Pr0xy-Pass" }.Uri;
        var accepted = ps.Run($"{connect} -Proxy '{proxyUrl}' -Verbose; [pscustomobject]@{{ EmailAddress = 'p@example.com' }} | New-MimecastUser");
        Assert.Null(accepted.Terminating);
        Assert.Empty(accepted.Errors);
        Assert.Equal("7", Assert.Single(accepted.Output).Properties["Id"].Value);
        Assert.Contains(seen, s => s.StartsWith("/api/user/create-user with credentials", StringComparison.Ordinal));
        Assert.DoesNotContain("Pr0xy-Pass", accepted.AllText());
        Assert.Contains(accepted.Verbose, v => v.Contains("through the proxy " + proxy.BaseUri.GetLeftPart(UriPartial.Authority)));
    }

    [Fact]
    public void Disconnect_and_a_new_default_retire_the_old_session_and_a_kept_one_stays_usable()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run(sandbox.ConnectApi1() + """

            $store = [MimecastPS.MimecastSession].Assembly.GetType('MimecastPS.Session.DefaultSessionStore')
            $first = $store.GetProperty('Current').GetValue($null)
            """ + "\n" + sandbox.ConnectApi1("-PassThru -OutVariable kept | Out-Null") + """

            try { Get-MimecastUser -Domain example.com -Session $first } catch { 'replaced: ' + $_.Exception.Message }
            Disconnect-Mimecast
            @(Get-MimecastUser -Domain example.com -Session $kept[0]).Count
            """);
        Assert.True(result.Terminating == null, result.Terminating?.Message);
        Assert.Contains(result.Output, o => o.BaseObject is string s && s.StartsWith("replaced: ", StringComparison.Ordinal) && s.Contains("this session was disconnected"));
        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors));
        Assert.Equal(0, result.Output.Last().BaseObject);
    }
}
