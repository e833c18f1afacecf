using System.Management.Automation;

namespace MimecastPS.Tests.Module;

public sealed class InvokeAndGetTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private ModuleRunspace Connected(string api = "1")
    {
        var ps = new ModuleRunspace();
        Assert.Null(ps.Run(api == "1" ? sandbox.ConnectApi1() : sandbox.ConnectApi2()).Terminating);
        return ps;
    }

    [Fact]
    public void Invoke_reaches_each_of_the_five_endpoints_and_writes_their_data_items()
    {
        var server = sandbox.Fresh();
        using var ps = Connected();
        var result = ps.Run("""
            Invoke-MimecastApi /api/user/create-user -Data @{ emailAddress = 'inv@example.com'; name = 'Inv' }, @{ emailAddress = 'dlg@example.com' }
            Invoke-MimecastApi /api/user/update-user -Data @{ emailAddress = 'inv@example.com'; accountLocked = $true }
            Invoke-MimecastApi /api/user/update-alias -Data @{ aliasFor = 'inv@example.com'; alias = 'inv.alias@example.com' }
            Invoke-MimecastApi /api/user/add-delegate-user -Data @{ primaryAddress = 'inv@example.com'; delegateAddress = 'dlg@example.com' }
            Invoke-MimecastApi /api/account/create-account -Data @{ accountName = 'Acme'; addressLine1 = '1 Road'; city = 'Leeds'; state = 'WY'; postalCode = 'LS1';
                country = 'GB'; companyRegistrationNumber = '123'; maximumRetention = 30; contactEmail = 'it@acme.example'; contactName = 'IT';
                telephone = '+44 1'; numberOfUsers = 10; adminPassword = 'x-Pass-1'; products = @(9702) }
            """);
        Assert.Empty(result.Errors);
        Assert.Equal(6, result.Output.Count);
        Assert.Equal("inv@example.com", result.Output[0].Properties["emailAddress"].Value);
        Assert.Equal(true, result.Output[2].Properties["accountLocked"].Value);
        Assert.Equal("inv.alias@example.com", result.Output[3].Properties["alias"].Value);
        Assert.Equal(true, result.Output[4].Properties["success"].Value);
        Assert.NotNull(result.Output[5].Properties["accountCode"].Value);
        Assert.True(server.Directory.FindUser("inv@example.com")!.AccountLocked);
        Assert.Single(server.Directory.Accounts);
    }

    [Fact]
    public void Invoke_turns_fail_entries_into_errors_with_the_code_and_the_item_as_target()
    {
        sandbox.Fresh();
        using var ps = Connected();
        var result = ps.Run("""
            $items = @(@{ emailAddress = 'ok@example.com' }, @{ emailAddress = 'broken' })
            Invoke-MimecastApi /api/user/create-user -Data $items
            """);
        Assert.Single(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("err_validation_invalid_email_address,MimecastPS.Commands.InvokeMimecastApiCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("broken", ((System.Collections.Hashtable)error.TargetObject)["emailAddress"]);
    }

    [Fact]
    public void Invoke_All_follows_pagination_to_the_last_page_and_Raw_gives_envelopes()
    {
        var server = sandbox.Fresh();
        for (int i = 0; i < 250; i++) server.Directory.AddUser($"page{i:D3}@example.com");
        using var ps = Connected();
        var all = ps.Run("Invoke-MimecastApi /api/user/get-internal-users -Meta @{ pagination = @{ pageSize = 100 } } -All");
        Assert.Empty(all.Errors);
        Assert.Equal(3, all.Output.Count);
        Assert.Equal(250, all.Output.Sum(page => ((object[])page.Properties["users"].Value).Length));
        var raw = ps.Run("Invoke-MimecastApi /api/user/get-internal-users -Meta @{ pagination = @{ pageSize = 100 } } -Raw");
        var envelope = Assert.Single(raw.Output);
        Assert.NotNull(((PSObject)envelope.Properties["meta"].Value).Properties["pagination"].Value);
    }

    [Fact]
    public void Invoke_WhatIf_sends_nothing()
    {
        var server = sandbox.Fresh();
        using var ps = Connected();
        int before = server.Received.Count;
        ps.Run("Invoke-MimecastApi /api/user/create-user -Data @{ emailAddress = 'whatif@example.com' } -WhatIf");
        Assert.Equal(before, server.Received.Count);
    }

    [Fact]
    public void Get_MimecastUser_after_an_import_returns_exactly_the_imported_users_over_several_pages()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("someone.else@contoso.com");
        using var ps = Connected("2");
        var import = ps.Run("""
            $rows = 1..120 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('hire{0:D3}@example.com' -f $_); Name = "Hire $_" } }
            $rows | New-MimecastUser | Out-Null
            """);
        Assert.Empty(import.Errors);
        var users = ps.Run("Get-MimecastUser -Domain example.com -PageSize 50");
        Assert.Empty(users.Errors);
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"hire{i:D3}@example.com"), users.Output.Select(u => ((MimecastUser)u.BaseObject).EmailAddress).Order());
        Assert.True(server.Received.Count(r => r.Path == "/api/user/get-internal-users") >= 3);

        var one = ps.Run("[pscustomobject]@{ EmailAddress = 'hire007@example.com' }, [pscustomobject]@{ EmailAddress = 'missing@example.com' } | Get-MimecastUser");
        Assert.Equal("Hire 7", ((MimecastUser)Assert.Single(one.Output).BaseObject).Name);
        Assert.StartsWith("UserNotFound,", Assert.Single(one.Errors).FullyQualifiedErrorId);
    }
}
