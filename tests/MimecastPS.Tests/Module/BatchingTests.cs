using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Module;

public sealed class BatchingTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static string Rows(int count, string prefix) =>
        $"1..{count} | ForEach-Object {{ [pscustomobject]@{{ EmailAddress = ('{prefix}{{0:D3}}@example.com' -f $_) }} }}";

    private PowerShellResult Import(int count, string prefix, string parameters)
    {
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        return ps.Run(Rows(count, prefix) + " | New-MimecastUser " + parameters);
    }

    [Theory]
    [InlineData(OversizeBatchBehavior.Truncate)]
    [InlineData(OversizeBatchBehavior.Reject)]
    public void A_batch_cap_is_discovered_and_every_row_still_gets_one_outcome(OversizeBatchBehavior behavior)
    {
        var server = sandbox.Fresh();
        server.Options.MaxItemsPerRequest = 7;
        server.Options.OversizeBatchBehavior = behavior;
        var result = Import(100, "cap", "-BatchSize 50 -ThrottleLimit 1");
        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"cap{i:D3}@example.com"), result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.All(server.Directory.Users, u => Assert.Equal(1, server.Directory.CreateCount(u.EmailAddress)));
        var requests = server.Received.Where(r => r.Path == "/api/user/create-user").ToList();
        // After the first oversize answers, the session sends batches the endpoint accepts.
        Assert.True(requests.Skip(5).All(r => r.ItemCount <= 7), string.Join(",", requests.Select(r => r.ItemCount)));
    }

    [Fact]
    public void Answers_missing_outcomes_are_resent_smaller_and_a_row_never_silently_vanishes()
    {
        var server = sandbox.Fresh();
        server.Options.OmitOutcomeRate = 0.5;
        server.Options.Seed = 11;
        server.Reset();
        var result = Import(60, "omit", "-BatchSize 10 -ThrottleLimit 2");
        Assert.True(server.Faults.OmitOutcome > 0);
        Assert.Equal(60, result.Output.Count + result.Errors.Count);
        // The omitted rows were executed: sending them again meets "already exists", said with a hint.
        Assert.All(result.Errors, e =>
        {
            Assert.True(e.FullyQualifiedErrorId.StartsWith("err_user_already_exists,") || e.FullyQualifiedErrorId.StartsWith("NoOutcomeReported,"), e.FullyQualifiedErrorId);
            if (e.FullyQualifiedErrorId.StartsWith("err_user_already_exists,")) Assert.Contains("earlier attempt", e.Exception.Message);
        });
        Assert.Equal(60, server.Directory.Users.Count);
        Assert.All(server.Directory.Users, u => Assert.Equal(1, server.Directory.CreateCount(u.EmailAddress)));
    }

    [Fact]
    public void Fail_entries_without_key_are_isolated_by_resending_and_land_on_the_right_row()
    {
        var server = sandbox.Fresh();
        server.Options.FailWithoutKeyRate = 1;
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        var result = ps.Run("""
            @([pscustomobject]@{ EmailAddress = 'k1@example.com' }, [pscustomobject]@{ EmailAddress = 'k2@elsewhere.org' },
              [pscustomobject]@{ EmailAddress = 'k3@example.com' }, [pscustomobject]@{ EmailAddress = 'k4@elsewhere.org' }) | New-MimecastUser -BatchSize 4
            """);
        Assert.Equal(["k1@example.com", "k3@example.com"], result.Output.Select(o => (string)o.Properties["EmailAddress"].Value));
        Assert.Equal(["k2@elsewhere.org", "k4@elsewhere.org"], result.Errors.Select(e => (string)((System.Management.Automation.PSObject)e.TargetObject).Properties["EmailAddress"].Value));
    }

    [Fact]
    public void A_small_quota_slows_the_run_down_instead_of_storming_into_429()
    {
        var server = sandbox.Fresh();
        server.Options.RateLimitQuota = 5;
        server.Options.RateLimitWindow = TimeSpan.FromMilliseconds(500);
        var result = Import(300, "quota", "-BatchSize 10 -ThrottleLimit 4");
        Assert.Empty(result.Errors);
        Assert.Equal(300, result.Output.Count);
        var requests = server.Received.Where(r => r.Path == "/api/user/create-user").ToList();
        int tooMany = requests.Count(r => r.StatusCode == 429);
        Assert.True(tooMany * 20 < requests.Count, $"{tooMany} of {requests.Count} requests answered 429");
    }

    [Fact]
    public void Under_random_faults_every_row_has_exactly_one_outcome_in_input_order()
    {
        var server = sandbox.Fresh();
        server.Options.Seed = 5;
        server.Options.Fault429Rate = 0.05;
        server.Options.Fault500Rate = 0.05;
        server.Options.Fault503Rate = 0.05;
        server.Options.DropBeforeExecuteRate = 0.05;
        server.Options.DropAfterExecuteRate = 0.05;
        server.Reset();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1("-MaxRetryCount 8")).Terminating);
        var result = ps.Run(Rows(200, "chaos") + " | New-MimecastUser -BatchSize 5 -ThrottleLimit 4");
        var outcomes = result.Output.Select(o => (string)o.Properties["EmailAddress"].Value)
            .Concat(result.Errors.Select(e => (string)((System.Management.Automation.PSObject)e.TargetObject).Properties["EmailAddress"].Value))
            .Order().ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"chaos{i:D3}@example.com"), outcomes);
        var outputs = result.Output.Select(o => (string)o.Properties["EmailAddress"].Value).ToList();
        Assert.Equal(outputs.Order(), outputs);
        Assert.All(server.Directory.Users, u => Assert.Equal(1, server.Directory.CreateCount(u.EmailAddress)));
        Assert.All(result.Output, o => Assert.NotNull(server.Directory.FindUser((string)o.Properties["EmailAddress"].Value)));
    }
}
