using System.Diagnostics;
using System.Text;
using MimecastPS.Sandbox;

namespace MimecastPS.Benchmarks;

/// <summary>
/// Many rows through a sandbox that misbehaves on 30 % of requests, spread evenly over every fault it
/// can inject. The sandbox runs in this process so that its own counters (server.Faults) and its
/// directory's create counts can be read; CPU time is not measured here, so sharing the process is fine.
/// </summary>
internal static class SoakBenchmark
{
    /// <summary>The client gives up on an answer after this; slow answers take longer.</summary>
    private const int ClientTimeoutSec = 1;

    /// <summary>Far beyond what the retries and delays of this many rows can take: past it, the run is hung.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

    public static async Task<SoakResult> RunAsync(int rows, double faultShare)
    {
        var options = new SandboxOptions { Latency = TimeSpan.FromMilliseconds(5), Seed = 7, SlowAnswerDelay = TimeSpan.FromSeconds(ClientTimeoutSec * 2.5) };
        await using var server = await SandboxServer.StartAsync(options);
        using var runspace = new HostedRunspace();
        runspace.ImportModule();
        // Connect's validation call runs before the faults are switched on: the soak is about the rows.
        runspace.Connect(server.BaseUri, "-TimeoutSec " + ClientTimeoutSec);
        runspace.BuildRows(rows, ThroughputBenchmark.PasswordMarker);

        double each = faultShare / 8;
        options.Fault429Rate = options.Fault500Rate = options.Fault503Rate = each;
        options.DropBeforeExecuteRate = options.DropAfterExecuteRate = options.SlowAnswerRate = each;
        options.OmitOutcomeRate = options.FailWithoutKeyRate = each;

        var secrets = new[]
        {
            options.SecretKey, options.AppKey, options.ClientSecret,
            Encoding.UTF8.GetString(Convert.FromBase64String(options.SecretKey)),
            ThroughputBenchmark.PasswordMarker,
        };
        var leaks = new LeakScanner(secrets);
        var tally = new StreamTally(rows, leaks);
        var stopwatch = Stopwatch.StartNew();
        // Small batches make many requests, so that 30 % of them is many faults.
        bool finished = runspace.RunCounted("$rows | New-MimecastUser -BatchSize 10 -Verbose -Debug", tally, TimeLimit);
        stopwatch.Stop();

        var faults = server.Faults;
        var injected = new[]
        {
            ("429", faults.Fault429), ("500", faults.Fault500), ("503", faults.Fault503),
            ("drop-before", faults.DropBeforeExecute), ("drop-after", faults.DropAfterExecute), ("slow", faults.SlowAnswer),
            ("omit-outcome", faults.OmitOutcome), ("fail-without-key", faults.FailWithoutKey),
        };
        int duplicated = 0;
        for (int i = 0; i < rows; i++)
        {
            if (server.Directory.CreateCount(RowAddresses.For(i)) > 1) duplicated++;
        }
        // A row reported failed whose user exists anyway: the module said so (it was resent after an
        // ambiguous failure) but the user's script will see an error for a row that did succeed.
        int createdButFailed = tally.RowsThatFailed.Count(row => server.Directory.FindUser(RowAddresses.For(row)) != null);
        return new SoakResult(rows, finished, server.Received.Count, stopwatch.Elapsed, tally.Requests,
            string.Join(" ", injected.Select(f => f.Item1 + "=" + f.Item2)), injected.Sum(f => f.Item2),
            string.Join(" ", tally.StatusCounts.Select(s => s.Key + "=" + s.Value)),
            tally.Outputs, tally.Errors, string.Join(" ", tally.ErrorIds.Select(e => e.Key + "=" + e.Value)),
            tally.RowsWithoutOutcome, tally.RowsWithSeveralOutcomes, duplicated, createdButFailed, tally.ErrorsWithRecommendedAction,
            server.Directory.Users.Count, tally.InOrder, leaks.Leaks, leaks.FirstLeak);
    }
}
