using System.Management.Automation;

namespace MimecastPS.Tests.Module;

public sealed class DirectoryCmdletTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private PowerShellResult Run(string script, string api = "1")
    {
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(api == "1" ? sandbox.ConnectApi1() : sandbox.ConnectApi2()).Terminating);
        return ps.Run(script);
    }

    [Fact]
    public void Set_MimecastAlias_sends_one_item_per_alias_in_a_list_cell()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("owner@example.com", "Owner");
        var result = Run("""
            @([pscustomobject]@{ PrimaryAddress = 'owner@example.com'; Alias = 'o.one@example.com; o.two@example.com' },
              [pscustomobject]@{ PrimaryAddress = 'nobody@example.com'; Alias = 'n.one@example.com' }) | Set-MimecastAlias
            """);
        Assert.Equal(["o.one@example.com", "o.two@example.com"], result.Output.Select(o => ((MimecastAlias)o.BaseObject).Alias));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("err_alias_owner_not_found,MimecastPS.Commands.SetMimecastAliasCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(2, server.Directory.FindUser("owner@example.com")!.Aliases.Count);
    }

    [Fact]
    public void Add_MimecastDelegate_matches_keyless_answers_by_position_and_reports_success_false_as_an_error()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("boss@example.com");
        server.Directory.AddUser("pa@example.com");
        server.Directory.AddUser("deputy@example.com");
        var result = Run("""
            [pscustomobject]@{ PrimaryAddress = 'boss@example.com'; DelegateAddress = 'pa@example.com,boss@example.com,deputy@example.com' } | Add-MimecastDelegate
            """, api: "2");
        Assert.Equal(["pa@example.com", "deputy@example.com"], result.Output.Select(o => ((MimecastDelegate)o.BaseObject).DelegateAddress));
        Assert.All(result.Output, o => Assert.False(string.IsNullOrEmpty(((MimecastDelegate)o.BaseObject).Id)));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("DelegateNotApplied,", error.FullyQualifiedErrorId);
        Assert.Contains("boss@example.com -> boss@example.com", error.Exception.Message);
    }

    private const string GoodAccount = "AccountName = 'Acme'; AddressLine1 = '1 Road'; City = 'Leeds'; State = 'WY'; PostalCode = 'LS1 1AA'; Country = 'gb'; "
        + "CompanyRegistrationNumber = '0123'; MaximumRetention = '365'; ContactEmail = 'it@acme.example'; ContactName = 'IT'; Telephone = '+44 1'; "
        + "NumberOfUsers = '25'; EstimatedUserCount = ''; AdminRole = 'full_admin'; AdminPassword = 'Adm1n-Pass'; ForcePasswordChange = ''; PrimaryDomain = ''; "
        + "MailPlatform = 'office_365'; UmbrellaAccounts = ''; Products = '9702;9703'";

    [Fact]
    public void New_MimecastAccount_sends_lists_numbers_and_choices_and_leaves_empty_cells_out()
    {
        var server = sandbox.Fresh();
        var result = Run($"[pscustomobject]@{{ {GoodAccount} }} | New-MimecastAccount -Confirm:$false");
        Assert.Empty(result.Errors);
        var account = (MimecastAccount)Assert.Single(result.Output).BaseObject;
        Assert.NotNull(account.AccountCode);
        var sent = Assert.Single(Received.Items(server, "/api/account/create-account"));
        Assert.Equal([9702, 9703], sent["products"]!.AsArray().Select(p => (int)p!));
        Assert.Equal(365, (int)sent["maximumRetention"]!);
        Assert.Equal("GB", (string)sent["country"]!);
        Assert.False(sent.ContainsKey("forcePasswordChange"));
        Assert.False(sent.ContainsKey("umbrellaAccounts"));
        Assert.False(sent.ContainsKey("estimatedUserCount"));
    }

    [Theory]
    [InlineData("MaximumRetention = '0'", "ValueOutOfRange")]
    [InlineData("MaximumRetention = '1000000'", "ValueOutOfRange")]
    [InlineData("AdminRole = 'superuser'", "InvalidChoice")]
    [InlineData("MailPlatform = 'notes'", "InvalidChoice")]
    [InlineData("Country = 'GBR'", "InvalidCountryCode")]
    [InlineData("City = ''", "MissingRequiredValue")]
    [InlineData("Products = ''", "MissingRequiredValue")]
    [InlineData("ContactEmail = 'it'", "InvalidEmailAddress")]
    public void New_MimecastAccount_refuses_invalid_rows_before_sending(string change, string errorId)
    {
        var server = sandbox.Fresh();
        string field = change.Split(' ')[0];
        string row = string.Join("; ", GoodAccount.Split("; ").Where(p => !p.StartsWith(field + " ")).Append(change));
        var result = Run($"[pscustomobject]@{{ {row} }} | New-MimecastAccount -Confirm:$false");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(errorId + ",MimecastPS.Commands.NewMimecastAccountCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(0, Received.Requests(server, "/api/account/create-account"));
    }

    [Theory]
    [InlineData("NumberOfUsers = 'many'", "NumberOfUsers")]
    [InlineData("Products = '9702;abc'", "Products")]
    [InlineData("ForcePasswordChange = 'perhaps'", "ForcePasswordChange")]
    public void New_MimecastAccount_bad_numbers_lists_and_switch_words_are_binding_errors_naming_the_parameter(string change, string parameter)
    {
        sandbox.Fresh();
        string field = change.Split(' ')[0];
        string row = string.Join("; ", GoodAccount.Split("; ").Where(p => !p.StartsWith(field + " ")).Append(change));
        var result = Run($"[pscustomobject]@{{ {row} }} | New-MimecastAccount -Confirm:$false");
        var error = Assert.Single(result.Errors);
        Assert.Contains(parameter, error.Exception.Message);
        Assert.IsType<PSObject>(error.TargetObject);
    }

    [Fact]
    public void Expired_keys_end_the_command_with_what_to_do()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        server.Options.BindingExpired = true;
        var result = ps.Run("try { 1..5 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('e{0}@example.com' -f $_) } } | New-MimecastUser -BatchSize 1 -ThrottleLimit 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");
        Assert.StartsWith("err_xdk_binding_expired,", (string)result.Output[0].BaseObject);
        Assert.Contains("create new keys", (string)result.Output[1].BaseObject);
        Assert.Equal(1, Received.Requests(server, "/api/user/create-user"));
    }

    [Fact]
    public void A_wrong_secret_key_fails_Connect_saying_what_to_check()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run($"try {{ Connect-Mimecast -BaseUri '{server.BaseUri}' -AccessKey sandbox-access-key -SecretKey 'U2VjcmV0S2V5' -AppId sandbox-app-id -AppKey sandbox-app-key }} catch {{ $_.FullyQualifiedErrorId; $_.Exception.Message }}");
        Assert.StartsWith("err_xdk_invalid_signature,", (string)result.Output[0].BaseObject);
        string message = (string)result.Output[1].BaseObject;
        Assert.Contains("0004 Invalid Signature", message);
        Assert.Contains("clock", message);
        Assert.Contains("region", message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("-BaseUri http://api.example.com", "plain http")]
    [InlineData("-BaseUri https://eu-api.mimecast.com/api/x", "without a path")]
    [InlineData("-Region UK", "API 1.0 regions are")]
    public void Connect_refuses_bad_locations_before_sending_anything(string location, string expected)
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run($"try {{ Connect-Mimecast -AccessKey a -SecretKey 'U2VjcmV0S2V5' -AppId b -AppKey c {location} }} catch {{ $_.Exception.Message }}");
        Assert.Contains(expected, (string)Assert.Single(result.Output).BaseObject);
    }
}
