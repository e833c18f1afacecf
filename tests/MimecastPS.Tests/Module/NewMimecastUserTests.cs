using System.Management.Automation;

namespace MimecastPS.Tests.Module;

public sealed class NewMimecastUserTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string CreateUser = "/api/user/create-user";

    private PowerShellResult Import(string rows, string parameters = "", string api = "1")
    {
        using var ps = new ModuleRunspace();
        var connect = ps.Run(api == "1" ? sandbox.ConnectApi1() : sandbox.ConnectApi2());
        Assert.Null(connect.Terminating);
        return ps.Run("$rows = @(" + rows + ")\n$rows | New-MimecastUser " + parameters);
    }

    [Fact]
    public void Csv_rows_become_users_with_one_output_each_in_input_order()
    {
        var server = sandbox.Fresh();
        var result = Import("""
            [pscustomobject]@{ EmailAddress = 'ann@example.com'; Name = 'Ann'; Password = 'P@ss-1'; AccountCode = ''; ForcePasswordChange = 'TRUE' },
            [pscustomobject]@{ EmailAddress = 'bob@example.com'; Name = ''; Password = ''; AccountCode = ''; ForcePasswordChange = '' },
            [pscustomobject]@{ EmailAddress = 'cy@example.com'; Name = 'Cy'; Password = ''; AccountCode = ''; ForcePasswordChange = 'no' }
            """);
        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(["ann@example.com", "bob@example.com", "cy@example.com"], result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.All(result.Output, o => Assert.IsType<MimecastUser>(o.BaseObject));
        Assert.Equal(3, server.Directory.Users.Count);

        var sent = Received.Items(server, CreateUser);
        Assert.True((bool)sent[0]["forcePasswordChange"]!);
        Assert.Equal("P@ss-1", (string)sent[0]["password"]!);
        // Empty cells are "not given": nothing is sent for them, not even a default false.
        Assert.Equal(["emailAddress"], sent[1].Select(p => p.Key));
        Assert.False((bool)sent[2]["forcePasswordChange"]!);
        Assert.False(sent[2].ContainsKey("password"));
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("Mail")]
    [InlineData("PrimarySmtpAddress")]
    [InlineData("UserPrincipalName")]
    public void Address_columns_bind_by_their_aliases(string column)
    {
        var server = sandbox.Fresh();
        var result = Import($"[pscustomobject]@{{ {column} = 'dee@example.com'; DisplayName = 'Dee' }}");
        Assert.Empty(result.Errors);
        Assert.Equal("Dee", server.Directory.FindUser("dee@example.com")!.Name);
    }

    [Fact]
    public void Invalid_addresses_are_refused_before_sending_and_the_other_rows_go_on()
    {
        var server = sandbox.Fresh();
        var result = Import("""
            [pscustomobject]@{ EmailAddress = 'not-an-address' },
            [pscustomobject]@{ EmailAddress = '  eve@example.com  ' },
            [pscustomobject]@{ EmailAddress = ''; Name = 'No Address' }
            """, "-ErrorVariable failed");
        var created = Assert.Single(result.Output);
        Assert.Equal("eve@example.com", created.Properties["EmailAddress"].Value);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("InvalidEmailAddress,MimecastPS.Commands.NewMimecastUserCommand", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.IsType<PSObject>(e.TargetObject);
        });
        Assert.Equal("not-an-address", ((PSObject)result.Errors[0].TargetObject).Properties["EmailAddress"].Value);
        // Only the valid, trimmed row was sent.
        Assert.Equal(["eve@example.com"], Received.Items(server, CreateUser).Select(i => (string)i["emailAddress"]!));
    }

    [Fact]
    public void Mimecast_refusals_become_row_errors_with_the_code_first_in_the_error_id_and_a_fitting_category()
    {
        var server = sandbox.Fresh();
        server.Directory.AddUser("taken@example.com");
        var result = Import("""
            [pscustomobject]@{ EmailAddress = 'taken@example.com' },
            [pscustomobject]@{ EmailAddress = 'new@example.com' },
            [pscustomobject]@{ EmailAddress = 'out@elsewhere.org' }
            """);
        Assert.Single(result.Output);
        Assert.Equal(2, result.Errors.Count);
        var exists = result.Errors[0];
        Assert.StartsWith("err_user_already_exists,MimecastPS.Commands.NewMimecastUserCommand", exists.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, exists.CategoryInfo.Category);
        Assert.Contains("taken@example.com", exists.Exception.Message);
        Assert.Contains("err_user_already_exists", exists.Exception.Message);
        Assert.Equal("taken@example.com", ((PSObject)exists.TargetObject).Properties["EmailAddress"].Value);
        var notInternal = result.Errors[1];
        Assert.StartsWith("err_domain_not_internal,", notInternal.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, notInternal.CategoryInfo.Category);
    }

    [Fact]
    public void Failed_rows_rerun_exactly_through_their_TargetObject()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        ps.Run(sandbox.ConnectApi1());
        var first = ps.Run("""
            $rows = @(
              [pscustomobject]@{ EmailAddress = 'one@example.com' },
              [pscustomobject]@{ EmailAddress = 'two@partner.org'; Name = 'Two' },
              [pscustomobject]@{ EmailAddress = 'three@example.com' },
              [pscustomobject]@{ EmailAddress = 'four@partner.org'; Name = 'Four' })
            $rows | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
            $failed.Count
            """);
        Assert.Equal(2, (int)first.Output.Single().BaseObject);
        server.Options.InternalDomains = ["example.com", "partner.org"];
        var rerun = ps.Run("$failed.TargetObject | New-MimecastUser");
        Assert.Empty(rerun.Errors);
        Assert.Equal(["two@partner.org", "four@partner.org"], rerun.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.Equal("Four", server.Directory.FindUser("four@partner.org")!.Name);
        Assert.Equal(4, server.Directory.Users.Count);
    }

    [Fact]
    public void ErrorAction_Stop_ends_the_run_at_the_first_failed_row()
    {
        var server = sandbox.Fresh();
        var result = Import("""
            [pscustomobject]@{ EmailAddress = 'a1@example.com' },
            [pscustomobject]@{ EmailAddress = 'bad' },
            [pscustomobject]@{ EmailAddress = 'a3@example.com' }
            """, "-BatchSize 1 -ThrottleLimit 1 -ErrorAction Stop");
        Assert.NotNull(result.Terminating);
        Assert.Contains("bad", result.Terminating!.Message);
        Assert.Null(server.Directory.FindUser("a3@example.com"));
    }

    [Fact]
    public void WhatIf_sends_nothing_and_says_what_would_be_done_for_each_row()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        ps.Run(sandbox.ConnectApi1());
        int before = server.Received.Count;
        var result = ps.Run("""
            @([pscustomobject]@{ EmailAddress = 'w1@example.com' }, [pscustomobject]@{ EmailAddress = 'w2@example.com' }) | New-MimecastUser -WhatIf
            """);
        Assert.Empty(result.Output);
        Assert.Empty(result.Errors);
        Assert.Equal(before, server.Received.Count);
        Assert.Empty(server.Directory.Users);
    }

    [Fact]
    public void Output_follows_input_order_when_batches_finish_out_of_order()
    {
        var server = sandbox.Fresh();
        server.Options.Latency = TimeSpan.FromMilliseconds(20);
        server.Options.SlowAnswerRate = 0.3;
        server.Options.SlowAnswerDelay = TimeSpan.FromMilliseconds(300);
        var rows = string.Join(",\n", Enumerable.Range(0, 60).Select(i => $"[pscustomobject]@{{ EmailAddress = 'order{i:D3}@example.com' }}"));
        var result = Import(rows, "-BatchSize 3 -ThrottleLimit 8");
        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"order{i:D3}@example.com"), result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.True(server.Faults.SlowAnswer > 0, "some batches must have been slow for this test to mean anything");
    }

    [Fact]
    public void A_bad_boolean_word_is_a_binding_error_naming_parameter_and_value_and_the_pipeline_goes_on()
    {
        var server = sandbox.Fresh();
        var result = Import("""
            [pscustomobject]@{ EmailAddress = 'm1@example.com'; ForcePasswordChange = 'maybe' },
            [pscustomobject]@{ EmailAddress = 'm2@example.com'; ForcePasswordChange = 'Yes' }
            """);
        var error = Assert.Single(result.Errors);
        Assert.Contains("ForcePasswordChange", error.Exception.Message);
        Assert.Contains("maybe", error.Exception.Message);
        Assert.Equal("m1@example.com", ((PSObject)error.TargetObject).Properties["EmailAddress"].Value);
        Assert.Equal(["m2@example.com"], Received.Items(server, CreateUser).Select(i => (string)i["emailAddress"]!));
        Assert.True((bool)Received.Items(server, CreateUser)[0]["forcePasswordChange"]!);
    }

    [Fact]
    public void Without_a_session_the_command_ends_with_a_message_saying_to_connect()
    {
        sandbox.Fresh();
        using var ps = new ModuleRunspace();
        // try/catch catches only terminating errors: a row error would pass through it.
        var result = ps.Run("try { [pscustomobject]@{ EmailAddress = 'x@example.com' } | New-MimecastUser } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");
        Assert.Equal("NoMimecastSession,MimecastPS.Commands.NewMimecastUserCommand", result.Output[0].BaseObject);
        Assert.Contains("Connect-Mimecast", (string)result.Output[1].BaseObject);
    }

    [Fact]
    public void Works_unchanged_on_an_api2_session()
    {
        var server = sandbox.Fresh();
        var result = Import("[pscustomobject]@{ EmailAddress = 'oauth@example.com' }", api: "2");
        Assert.Empty(result.Errors);
        Assert.Single(result.Output);
        Assert.Equal("Bearer", server.Received.Single(r => r.Path == CreateUser).AuthorizationScheme);
    }
}
