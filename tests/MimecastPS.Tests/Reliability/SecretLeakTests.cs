using System.Text;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// Every cmdlet, API 1.0 and 2.0, success and failure, at -Verbose and -Debug: no secret key, app key,
/// client secret, token, signature, Authorization header or password in any stream, error, exception,
/// ToString or property of what is written.
/// </summary>
public sealed class SecretLeakTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string RowPassword = "Row-Pa55word-7f3";
    private const string AdminPassword = "Adm1n-Pa55-9c1";
    private const string Loud = " -Verbose -Debug";

    public static TheoryData<string, string> Scripts()
    {
        var scripts = new Dictionary<string, string>
        {
            ["New-MimecastUser"] = $"@([pscustomobject]@{{ EmailAddress = 'new@example.com'; Password = '{RowPassword}' }}, [pscustomobject]@{{ EmailAddress = 'seed@example.com'; Password = '{RowPassword}' }}) | New-MimecastUser" + Loud,
            ["Set-MimecastUser"] = $"@([pscustomobject]@{{ EmailAddress = 'seed@example.com'; Password = '{RowPassword}' }}, [pscustomobject]@{{ EmailAddress = 'ghost@example.com'; Password = '{RowPassword}' }}) | Set-MimecastUser" + Loud,
            ["Set-MimecastAlias"] = "Set-MimecastAlias -AliasFor seed@example.com -Alias a1@example.com" + Loud + "; Set-MimecastAlias -AliasFor ghost@example.com -Alias a2@example.com" + Loud,
            ["Add-MimecastDelegate"] = "Add-MimecastDelegate -PrimaryAddress seed@example.com -DelegateAddress other@example.com, seed@example.com" + Loud,
            ["New-MimecastAccount"] = "try { @([pscustomobject]@{ AccountName = 'Acme'; AddressLine1 = '1 Road'; City = 'Leeds'; State = 'WY'; PostalCode = 'LS1'; Country = 'GB'; "
                + "CompanyRegistrationNumber = '1'; MaximumRetention = '30'; ContactEmail = 'it@acme.example'; ContactName = 'IT'; Telephone = '1'; NumberOfUsers = '5'; "
                + $"AdminPassword = '{AdminPassword}'; Products = '9702' }}, [pscustomobject]@{{ AccountName = 'Bad'; AdminPassword = '{AdminPassword}' }}) | New-MimecastAccount -Confirm:$false" + Loud + " } catch { $_ | Out-Default }",
            ["Invoke-MimecastApi"] = $"Invoke-MimecastApi /api/user/update-user -Data @{{ emailAddress = 'seed@example.com'; password = '{RowPassword}' }}, @{{ emailAddress = 'ghost@example.com'; password = '{RowPassword}' }}" + Loud,
            ["Get-MimecastUser"] = "Get-MimecastUser -Domain example.com" + Loud + "; Get-MimecastUser -EmailAddress ghost@example.com" + Loud,
        };
        var data = new TheoryData<string, string>();
        foreach (var api in new[] { "1", "2" })
        {
            foreach (var script in scripts.Values) data.Add(api, script);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void No_secret_appears_anywhere(string api, string script)
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("seed@example.com");
        server.Directory.AddUser("other@example.com");
        using var ps = new ModuleRunspace();
        var connect = ps.Run((api == "1" ? sandbox.ConnectApi1("-PassThru") : sandbox.ConnectApi2("-PassThru")) + Loud);
        Assert.Null(connect.Terminating);
        var session = ps.Run("$s = Get-Variable -Scope Global -ValueOnly -Name * | Where-Object { $_ -is [MimecastPS.MimecastSession] }; \"$s\"; foreach ($p in $s.psobject.Properties) { $p.Name + '=' + $p.Value }");
        var result = ps.Run(script);

        // Every stream was on: Connect's own check (get-account, or the token request) logged its request.
        Assert.NotEmpty(connect.Verbose);
        AssertNoSecret(server, connect.AllText() + "\n" + session.AllText() + "\n" + result.AllText());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_failed_connect_shows_no_secret(string api)
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run(api == "1"
            ? $"Connect-Mimecast -BaseUri '{server.BaseUri}' -AccessKey sandbox-access-key -SecretKey 'V3JvbmdTZWNyZXQ=' -AppId sandbox-app-id -AppKey '{server.Options.AppKey}'" + Loud
            : $"Connect-Mimecast -BaseUri '{server.BaseUri}' -ClientId sandbox-client-id -ClientSecret 'Wrong-Client-Secret'" + Loud);
        Assert.NotEmpty(result.Errors);
        string text = result.AllText();
        AssertNoSecret(server, text);
        Assert.DoesNotContain("V3JvbmdTZWNyZXQ=", text);
        Assert.DoesNotContain("Wrong-Client-Secret", text);
    }

    private static void AssertNoSecret(MimecastPS.Sandbox.SandboxServer server, string text)
    {
        var o = server.Options;
        var secrets = new List<string>
        {
            o.SecretKey, Encoding.UTF8.GetString(Convert.FromBase64String(o.SecretKey)), o.AppKey, o.ClientSecret,
            RowPassword, AdminPassword, "MC " + o.AccessKey + ":", "Bearer ", "Authorization",
        };
        secrets.AddRange(server.Received.Where(r => r.AccessToken != null).Select(r => r.AccessToken!).Distinct());
        foreach (string secret in secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), "leaked: " + secret);
        }
    }
}
