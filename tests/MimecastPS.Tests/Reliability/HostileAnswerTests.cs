using System.Management.Automation;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// Answers that look like Mimecast's but mislead: an output object always belongs to its own row, a row is never
/// matched to another row's answer, a create-account row is never carried out twice, one bad row does not slow the
/// session down, and a server that pages forever is stopped. Each test failed on the engine before these fixes.
/// </summary>
public sealed class HostileAnswerTests
{
    private static string Rows(params string[] addresses)
        => "@(" + string.Join(", ", addresses.Select(a => $"[pscustomobject]@{{ EmailAddress = '{a}' }}")) + ")";

    private static (PowerShellResult Result, ModuleRunspace Ps) Import(HostileServer server, string rows, string parameters)
    {
        var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect("-MaxRetryCount 0")).Terminating);
        return (ps.Run(rows + " | New-MimecastUser " + parameters), ps);
    }

    /// <summary>Each output's address and Id are its own row's; the rows with no trustworthy answer are errors, in order.</summary>
    private static void AssertOwnOutcomes(PowerShellResult result, string[] rows, string[] expectedFailures)
    {
        var outcomes = new List<string>();
        foreach (var output in result.Output)
        {
            outcomes.Add((string)output.Properties["EmailAddress"].Value);
            Assert.Equal("id-" + output.Properties["EmailAddress"].Value, output.Properties["Id"].Value);
        }
        Assert.Equal(expectedFailures, result.Errors.Select(e => (string)((PSObject)e.TargetObject).Properties["EmailAddress"].Value));
        Assert.Equal(rows.Except(expectedFailures), outcomes);
    }

    [Fact]
    public async Task An_answer_that_repeats_one_address_is_not_paired_with_the_other_row()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.FirstOutcomeTwice);
        string[] rows = ["ann@example.com", "bob@example.com", "cat@example.com", "dan@example.com"];
        var (result, ps) = Import(server, Rows(rows), "-BatchSize 2");
        using (ps)
        {
            // bob and dan were re-sent alone, and answered honestly then.
            AssertOwnOutcomes(result, rows, []);
            Assert.Equal([1, 1, 2, 2], server.ItemsPerRequest.Order());
            Assert.All(rows, r => Assert.Equal(1, server.Executions[r]));
        }
    }

    [Fact]
    public async Task An_answer_for_a_stranger_never_becomes_a_rows_output()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.StrangerForLast);
        string[] rows = ["ann@example.com", "bob@example.com", "cat@example.com", "dan@example.com"];
        var (result, ps) = Import(server, Rows(rows), "-BatchSize 2");
        using (ps)
        {
            AssertOwnOutcomes(result, rows, ["bob@example.com", "dan@example.com"]);
            Assert.All(result.Errors, e => Assert.StartsWith("NoOutcomeReported,", e.FullyQualifiedErrorId));
        }
    }

    [Theory]
    [InlineData(HostileMode.Reversed)]
    [InlineData(HostileMode.ReversedPunycode)]
    public async Task Answers_in_another_order_or_in_punycode_reach_their_own_rows(HostileMode mode)
    {
        await using var server = await HostileServer.StartAsync(mode);
        string[] rows = ["anna@bücher.example", "ben@bücher.example", "cem@bücher.example"];
        var (result, ps) = Import(server, Rows(rows), "-BatchSize 3");
        using (ps)
        {
            Assert.Empty(result.Errors);
            Assert.Equal(rows.Select(r => "id-" + r), result.Output.Select(o => (string)o.Properties["Id"].Value));
            Assert.Equal([3], server.ItemsPerRequest);
        }
    }

    [Fact]
    public async Task Two_rows_for_one_address_never_share_a_request_or_each_others_answer()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.Reversed);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect()).Terminating);
        var result = ps.Run("""
            @([pscustomobject]@{ EmailAddress = 'ann@example.com'; Name = 'First' },
              [pscustomobject]@{ EmailAddress = 'ANN@example.com'; Name = 'Second' },
              [pscustomobject]@{ EmailAddress = 'bob@example.com'; Name = 'Third' }) | New-MimecastUser -BatchSize 10 -ThrottleLimit 1
            """);
        Assert.Empty(result.Errors);
        Assert.Equal(["First", "Second", "Third"], result.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Equal([1, 2], server.ItemsPerRequest);
    }

    [Fact]
    public async Task Of_two_rows_for_one_address_the_first_in_the_file_is_carried_out_even_when_its_request_is_slower()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.CreatesOnceFirstRequestSlow);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect()).Terminating);
        var result = ps.Run("""
            @([pscustomobject]@{ EmailAddress = 'twice@example.com'; Name = 'First' },
              [pscustomobject]@{ EmailAddress = 'twice@example.com'; Name = 'Second' }) | New-MimecastUser -BatchSize 10 -ThrottleLimit 4
            """);
        Assert.Equal(["First"], result.Output.Select(o => (string)o.Properties["Name"].Value));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("err_user_already_exists,", error.FullyQualifiedErrorId);
        Assert.Equal("Second", ((PSObject)error.TargetObject).Properties["Name"].Value);
    }

    [Fact]
    public async Task A_create_account_row_without_an_outcome_is_never_sent_again()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.OnlyFirstAnswered);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect()).Terminating);
        var result = ps.Run("""
            1..2 | ForEach-Object {
                [pscustomobject]@{ AccountName = "Tenant$_"; AddressLine1 = '1 Road'; City = 'Town'; State = 'Shire'; PostalCode = 'AB1 2CD';
                    Country = 'GB'; CompanyRegistrationNumber = '123'; MaximumRetention = '30'; ContactEmail = 'c@tenant.example';
                    ContactName = 'C'; Telephone = '1'; NumberOfUsers = '5'; AdminPassword = 'Adm1n-Secret!'; Products = '9702' }
            } | New-MimecastAccount -BatchSize 2 -Confirm:$false
            """);
        // One keyless answer for two accounts says nothing of which was created: both are unknown, neither is sent again.
        Assert.Empty(result.Output);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("OutcomeUnknown,", e.FullyQualifiedErrorId);
            Assert.Contains("may have been carried out", e.Exception.Message);
        });
        Assert.Equal(1, server.Executions["Tenant1"]);
        Assert.Equal(1, server.Executions["Tenant2"]);
        Assert.Equal([2], server.ItemsPerRequest);
    }

    [Fact]
    public async Task One_bad_row_that_gets_its_batch_refused_does_not_shrink_the_sessions_later_batches()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.RefusesBatchWithOneBadItem);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect()).Terminating);
        var first = ps.Run("1..16 | ForEach-Object { [pscustomobject]@{ EmailAddress = $(if ($_ -eq 5) { 'bad@example.com' } else { \"u$_@example.com\" }) } } | New-MimecastUser -BatchSize 16");
        Assert.Equal(15, first.Output.Count);
        Assert.Equal("bad@example.com", ((PSObject)Assert.Single(first.Errors).TargetObject).Properties["EmailAddress"].Value);
        int before = server.ItemsPerRequest.Count;

        var second = ps.Run("1..200 | ForEach-Object { [pscustomobject]@{ EmailAddress = \"clean$_@example.com\" } } | New-MimecastUser -BatchSize 100");
        Assert.Empty(second.Errors);
        Assert.Equal(200, second.Output.Count);
        Assert.Equal([100, 100], server.ItemsPerRequest.Skip(before));
    }

    [Fact]
    public async Task A_server_that_repeats_its_page_token_is_stopped_with_an_error()
    {
        await using var server = await HostileServer.StartAsync(HostileMode.RepeatsPageToken);
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(server.Connect()).Terminating);
        ps.RunAndStop("$global:users = @(Get-MimecastUser -Domain example.com -ErrorVariable global:failed)", () => server.ItemsPerRequest.Count > 50);
        var result = ps.Run("$global:users.Count; $global:failed | ForEach-Object FullyQualifiedErrorId");
        Assert.Equal(2, server.ItemsPerRequest.Count);
        Assert.Equal(2, (int)result.Output[0].BaseObject);
        Assert.StartsWith("RepeatedPageToken,", (string)result.Output[1].BaseObject);
    }
}
