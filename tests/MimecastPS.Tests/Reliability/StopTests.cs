using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

public sealed class StopTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void Ctrl_C_cancels_requests_in_flight_within_a_second_and_keeps_every_unreported_row_for_a_rerun()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        server.Options.Latency = TimeSpan.FromSeconds(5);
        string rows = "1..30 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('stop{0:D2}@example.com' -f $_) } }";

        TimeSpan stopping = ps.RunAndStop(rows + " | New-MimecastUser -BatchSize 10 -ThrottleLimit 2",
            () => server.Received.Count(r => r.Path == "/api/user/create-user") >= 2);

        Assert.True(stopping < TimeSpan.FromSeconds(1), $"stopping took {stopping.TotalMilliseconds:0} ms");
        var report = ps.Run("$MimecastStoppedRun.Unfinished | ForEach-Object { $_.FullyQualifiedErrorId + '|' + $_.TargetObject.EmailAddress + '|' + $_.CategoryInfo.Category }");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"OutcomeUnknown|stop{i:D2}@example.com|OperationStopped"), report.Output.Select(o => (string)o.BaseObject));

        server.Options.Latency = TimeSpan.Zero;
        var rerun = ps.Run("$MimecastStoppedRun.Unfinished.TargetObject | New-MimecastUser");
        Assert.Empty(rerun.Errors);
        Assert.Equal(20, rerun.Output.Count);
        Assert.All(server.Directory.Users, u => Assert.Equal(1, server.Directory.CreateCount(u.EmailAddress)));
    }

    [Fact]
    public void A_fatal_error_mid_run_also_keeps_the_rows_it_left_unreported()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        server.Options.BindingExpired = true;
        ps.Run("try { 1..12 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('fatal{0:D2}@example.com' -f $_) } } | New-MimecastUser -BatchSize 4 -ThrottleLimit 2 } catch { }");
        var report = ps.Run("$MimecastStoppedRun.Command; $MimecastStoppedRun.Unfinished.Count + $MimecastStoppedRun.Failed.Count + $MimecastStoppedRun.Succeeded.Count");
        Assert.Equal("New-MimecastUser", report.Output[0].BaseObject);
        Assert.True((int)report.Output[1].BaseObject > 0);
    }
}
