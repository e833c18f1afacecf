using System.Globalization;
using System.Management.Automation;
using System.Runtime;
using System.Runtime.InteropServices;

namespace MimecastPS.Benchmarks;

/// <summary>
/// Throughput and memory of the module's batching engine, end to end: a real PowerShell runspace, the
/// module imported from out/MimecastPS, real sockets to the sandbox server. A plain Stopwatch harness,
/// not BenchmarkDotNet: each run lasts seconds and goes through a whole engine, network stack and a
/// second process, so BenchmarkDotNet's many-iteration statistics would cost minutes per figure and
/// say nothing that one careful run does not; what matters here is rows/s, CPU per row, peak memory
/// and whether every row was accounted for.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkSettings settings;
        try
        {
            settings = BenchmarkSettings.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine("# MimecastPS benchmarks, " + DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Console.WriteLine("command: dotnet run -c Release --project tests/MimecastPS.Benchmarks --" + (args.Length == 0 ? "" : " " + string.Join(" ", args)));
        Console.WriteLine($"environment: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, "
            + $"{RuntimeInformation.FrameworkDescription}, PowerShell engine {typeof(PSObject).Assembly.GetName().Version}, "
            + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC"
#if DEBUG
            + ", DEBUG build: figures are not representative"
#endif
            );
        Console.WriteLine();

        if (settings.SoakOnly)
        {
            Progress($"soak: {settings.SoakRows} rows, 30 % faults");
            var only = await SoakBenchmark.RunAsync(settings.SoakRows, 0.30);
            PrintSoak(only);
            return only.Finished && only.Lost == 0 && only.Duplicated == 0 && only.Leaked == 0 ? 0 : 1;
        }

        if (settings.ColdOnly)
        {
            PrintCold(MeasureCold(settings));
            return 0;
        }

        Progress("Import-Module x" + settings.ImportRepetitions);
        var import = ImportModuleBenchmark.Run(settings.ImportRepetitions);

        // The first runs in a process pay for JIT (tiered compilation keeps re-compiling PowerShell's and the
        // module's hot paths for a while): without this, whichever size runs first looks slowest.
        var runs = new List<RunResult> { Measure("warm-up", settings.WarmUpRows, 0, "") };
        foreach (int rows in settings.Rows)
        {
            runs.Add(Measure("default", rows, settings.LatencyMs, ""));
            runs.Add(Measure("default", rows, 0, ""));
        }
        var serial = Measure("serial", settings.SerialRows, settings.LatencyMs, "-BatchSize 1 -ThrottleLimit 1");
        runs.Add(serial);
        var quota = Measure($"quota {settings.Quota}/s", settings.QuotaRows, settings.LatencyMs, "",
            ["--quota", settings.Quota.ToString(CultureInfo.InvariantCulture), "--quota-window-ms", "1000"]);
        runs.Add(quota);

        var cold = MeasureCold(settings);

        SoakResult? soak = null;
        if (settings.Soak)
        {
            Progress($"soak: {settings.SoakRows} rows, 30 % faults");
            soak = await SoakBenchmark.RunAsync(settings.SoakRows, 0.30);
        }

        Console.WriteLine("## Import-Module (fresh runspace each time, import only timed)");
        Console.WriteLine($"first in process (module assemblies cold): {import.First.TotalMilliseconds:0} ms; median of {settings.ImportRepetitions}: {import.Median.TotalMilliseconds:0} ms "
            + $"(all: {string.Join(", ", import.All.Select(t => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms)");
        Console.WriteLine();

        Console.WriteLine("## New-MimecastUser runs (sandbox in a separate process: CPU and memory are the client's alone)");
        var table = new ResultTable("scenario", "rows", "latency", "parameters", "wall", "rows/s", "requests", "429s", "CPU us/row", "of it JIT",
            "heap peak +MB", "WS peak MB", "outputs", "errors", "users in sandbox", "accounted", "in order", "error ids");
        foreach (var run in runs)
        {
            table.Add(run.Scenario, run.Rows, run.LatencyMs + " ms", run.Mode, run.Wall, run.RowsPerSecond, run.Requests, run.Status429,
                run.CpuMicrosPerRow, run.JitMicrosPerRow, run.HeapGrowthBytes / 1048576.0, run.PeakWorkingSetBytes / 1048576.0, run.Outputs, run.Errors,
                run.UsersInDirectory, run.Accounted, run.InOrder, run.ErrorSummary.Length == 0 ? "-" : run.ErrorSummary);
        }
        Console.Write(table);
        Console.WriteLine("heap peak +MB: highest GC.GetTotalMemory(false), sampled every 5 ms, above the collected heap at the start of the run"
            + " (the rows already built; includes garbage not yet collected). WS peak: highest Environment.WorkingSet sampled alike, whole process.");
        Console.WriteLine("CPU us/row: this process's TotalProcessorTime during the pipeline / rows; row building and Import-Module are off the clock."
            + " 'of it JIT': JitInfo.GetCompilationTime() over the same span, the time the runtime spent compiling (mostly the tiered-compilation"
            + " worker re-compiling PowerShell's and the module's hot methods), which a long-lived session pays once.");
        Console.WriteLine("requests and 429s: the module's -Verbose lines, one per HTTP attempt (retries included).");
        Console.WriteLine();

        PrintCold(cold);

        if (soak != null)
        {
            PrintSoak(soak);
        }

        Console.WriteLine("## Targets");
        foreach (string line in TargetReport.Lines(settings, runs, serial, quota, soak))
        {
            Console.WriteLine(line);
        }
        return 0;
    }

    private static RunResult Measure(string scenario, int rows, int latencyMs, string parameters, IEnumerable<string>? sandboxArguments = null)
    {
        Progress($"{scenario}: {rows} rows at {latencyMs} ms {parameters}");
        var result = ThroughputBenchmark.Run(scenario, rows, latencyMs, parameters, sandboxArguments);
        Progress($"  {result.Wall.TotalSeconds:0.00} s, {result.RowsPerSecond:0} rows/s, {result.CpuMicrosPerRow:0.0} us/row CPU, outputs {result.Outputs} errors {result.Errors}");
        return result;
    }

    private static ColdRunResult MeasureCold(BenchmarkSettings settings)
    {
        Progress($"cold scheduled-task run: {settings.ColdRows} rows at {settings.ColdLatencyMs} ms");
        return ColdScheduledTaskBenchmark.Run(settings.ColdRows, settings.ColdLatencyMs);
    }

    private static void PrintCold(ColdRunResult cold)
    {
        Console.WriteLine($"## Cold scheduled-task run (`dotnet pwsh -NonInteractive -NoProfile -File`: Import-Module, Connect-Mimecast, Import-Csv of {cold.Rows} rows | New-MimecastUser, sandbox at {cold.LatencyMs} ms)");
        Console.WriteLine($"process start {cold.Start.TotalSeconds:0.00} s, Import-Module {cold.Import.TotalSeconds:0.00} s, Connect {cold.Connect.TotalSeconds:0.00} s, "
            + $"pipeline {cold.Pipeline.TotalSeconds:0.00} s; wall {cold.Wall.TotalSeconds:0.00} s with exit; users created {cold.Created}");
        Console.WriteLine();
    }

    /// <summary>Progress goes to stderr so that stdout is the report alone.</summary>
    private static void Progress(string line) => Console.Error.WriteLine(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + line);

    private static void PrintSoak(SoakResult soak)
    {
        Console.WriteLine("## Soak (sandbox in-process; -BatchSize 10 -Verbose -Debug; Connect-Mimecast -TimeoutSec 1; slow answers take 2.5 s)");
        if (!soak.Finished)
        {
            Console.WriteLine($"HUNG: the pipeline was still running after {soak.Wall.TotalSeconds:0} s and was stopped (as Ctrl+C would). Figures below are at that moment.");
        }
        Console.WriteLine($"sandbox received {soak.RequestsReceivedBySandbox} requests");
        Console.WriteLine($"rows={soak.Rows} wall={soak.Wall.TotalSeconds:0.0} s requests={soak.Requests} faults injected={soak.FaultTotal} ({soak.FaultsInjected})");
        Console.WriteLine($"client saw: {soak.ClientStatuses}");
        Console.WriteLine($"outputs={soak.Outputs} errors={soak.Errors} ({(soak.ErrorSummary.Length == 0 ? "none" : soak.ErrorSummary)}) users in sandbox={soak.UsersInDirectory} in order={(soak.InOrder ? "yes" : "NO")}");
        Console.WriteLine($"lost={soak.Lost} several-outcomes={soak.SeveralOutcomes} duplicated={soak.Duplicated} leaked={soak.Leaked} created-but-reported-failed={soak.CreatedButReportedFailed} (errors carrying a RecommendedAction: {soak.ErrorsWithRecommendedAction})");
        if (soak.FirstLeak != null) Console.WriteLine("first leak: " + soak.FirstLeak);
        Console.WriteLine();
    }
}
