using System.Diagnostics;
using System.Runtime;

namespace MimecastPS.Benchmarks;

/// <summary>
/// One New-MimecastUser run of N CSV-like rows against a fresh sandbox in its own process, so that the
/// CPU time and memory measured here are the client's: PowerShell, the module and HttpClient.
/// </summary>
internal static class ThroughputBenchmark
{
    public const string PasswordMarker = "Bench-Pw-";

    public static RunResult Run(string scenario, int rows, int latencyMs, string cmdletParameters, IEnumerable<string>? extraSandboxArguments = null)
    {
        var sandboxArguments = new List<string> { "--latency-ms", latencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        sandboxArguments.AddRange(extraSandboxArguments ?? []);
        using var sandbox = SandboxProcess.Start(sandboxArguments);
        using var runspace = new HostedRunspace();
        runspace.ImportModule();
        runspace.Connect(sandbox.BaseUri);
        runspace.BuildRows(rows, PasswordMarker);

        var tally = new StreamTally(rows, leaks: null);
        TimeSpan wall;
        TimeSpan cpu;
        TimeSpan jit;
        long heapGrowth;
        long workingSet;
        using (var memory = new MemorySampler())
        {
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            TimeSpan jitBefore = JitInfo.GetCompilationTime();
            var stopwatch = Stopwatch.StartNew();
            // -Verbose gives one line per HTTP attempt: the request count and the 429s, seen by the client.
            runspace.RunCounted("$rows | New-MimecastUser -Verbose " + cmdletParameters, tally);
            wall = stopwatch.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            jit = JitInfo.GetCompilationTime() - jitBefore;
            heapGrowth = memory.PeakHeapGrowthBytes;
            workingSet = memory.PeakWorkingSetBytes;
        }

        int users = SandboxUserCount.CountAsync(sandbox.BaseUri, RowAddresses.Domain).GetAwaiter().GetResult();
        string errors = string.Join(" ", tally.ErrorIds.Select(e => e.Key + "=" + e.Value));
        return new RunResult(scenario, rows, latencyMs, string.IsNullOrWhiteSpace(cmdletParameters) ? "default" : cmdletParameters.Trim(),
            wall, tally.Requests, tally.Status429, cpu.TotalMilliseconds * 1000.0 / rows, jit.TotalMilliseconds * 1000.0 / rows, heapGrowth, workingSet,
            tally.Outputs, tally.Errors, users, tally.RowsWithoutOutcome, tally.RowsWithSeveralOutcomes, tally.InOrder, errors);
    }
}
