using System.Globalization;

namespace MimecastPS.Benchmarks;

/// <summary>Each target of the brief, with the figure it was judged on and met / NOT MET.</summary>
internal static class TargetReport
{
    public static IEnumerable<string> Lines(BenchmarkSettings settings, IReadOnlyList<RunResult> runs, RunResult serial, RunResult quota, SoakResult? soak)
    {
        var defaults = runs.Where(r => r.Scenario == "default").ToList();
        var atLatency = defaults.Where(r => r.LatencyMs == settings.LatencyMs).OrderBy(r => r.Rows).ToList();
        var atZero = defaults.Where(r => r.LatencyMs == 0).OrderBy(r => r.Rows).ToList();

        // 10,000 rows, or the largest size run when --quick or --rows left it out.
        var reference = atLatency.FirstOrDefault(r => r.Rows == 10_000) ?? atLatency.LastOrDefault();
        if (reference != null)
        {
            yield return Judge($"{reference.Rows} rows at {settings.LatencyMs} ms in {F(reference.Wall.TotalSeconds)} s (target < {F(5.0 * reference.Rows / 10_000)} s)",
                reference.Wall.TotalSeconds < 5.0 * reference.Rows / 10_000);
            double serialPerRow = serial.Wall.TotalSeconds / serial.Rows;
            double speedup = serialPerRow / (reference.Wall.TotalSeconds / reference.Rows);
            yield return Judge($"serial {serial.Rows} rows took {F(serial.Wall.TotalSeconds)} s, so {reference.Rows} serial rows would take ~{F(serialPerRow * reference.Rows)} s"
                + $" (extrapolated linearly, not run); speedup {F(speedup)}x (target >= 50x)", speedup >= 50);
        }

        var largestZero = atZero.LastOrDefault();
        if (largestZero != null)
        {
            yield return Judge($"client CPU at 0 ms, {largestZero.Rows} rows: {F(largestZero.CpuMicrosPerRow)} us/row, {F(largestZero.CpuMicrosPerRow - largestZero.JitMicrosPerRow)} without JIT time (target <= 50)",
                largestZero.CpuMicrosPerRow <= 50);
            var smaller = atZero.FirstOrDefault(r => r.Rows == 10_000 && r != largestZero) ?? atZero.FirstOrDefault(r => r != largestZero);
            if (smaller != null)
            {
                double heapRatio = (double)largestZero.HeapGrowthBytes / Math.Max(1, smaller.HeapGrowthBytes);
                double wsRatio = (double)largestZero.PeakWorkingSetBytes / Math.Max(1, smaller.PeakWorkingSetBytes);
                yield return Judge($"peak heap growth at 0 ms, {largestZero.Rows} vs {smaller.Rows} rows: {F(largestZero.HeapGrowthBytes / 1048576.0)} / {F(smaller.HeapGrowthBytes / 1048576.0)} MB"
                    + $" = {F(heapRatio)}x (target <= 1.5x; working set {F(wsRatio)}x, which also holds the {largestZero.Rows} input rows)", heapRatio <= 1.5);
            }
        }

        double share = quota.Requests == 0 ? 0 : 100.0 * quota.Status429 / quota.Requests;
        yield return Judge($"quota run: {quota.Rows} rows at {settings.Quota}/s in {F(quota.Wall.TotalSeconds)} s, {quota.Status429} of {quota.Requests} requests answered 429 = {F(share)} % (target < 5 %), accounted {(quota.Accounted ? "yes" : "NO")}",
            share < 5 && quota.Accounted);

        foreach (var run in runs.Where(r => !r.Accounted || !r.InOrder))
        {
            yield return $"NOT MET: {run.Scenario} {run.Rows} rows at {run.LatencyMs} ms: outputs {run.Outputs} + errors {run.Errors} vs rows {run.Rows}, users {run.UsersInDirectory}, "
                + $"no outcome {run.RowsWithoutOutcome}, several {run.RowsWithSeveralOutcomes}, in order {run.InOrder}";
        }

        if (soak != null)
        {
            yield return Judge($"soak: {(soak.Finished ? "finished" : "HUNG, stopped after " + F(soak.Wall.TotalSeconds) + " s")}, lost={soak.Lost} duplicated={soak.Duplicated} leaked={soak.Leaked} (several outcomes {soak.SeveralOutcomes}, outputs+errors={soak.Outputs + soak.Errors} of {soak.Rows})",
                soak.Finished && soak.Lost == 0 && soak.Duplicated == 0 && soak.Leaked == 0 && soak.SeveralOutcomes == 0 && soak.Outputs + soak.Errors == soak.Rows);
        }
    }

    private static string Judge(string text, bool met) => (met ? "met:     " : "NOT MET: ") + text;

    private static string F(double value) => value.ToString(value >= 100 ? "0" : "0.0#", CultureInfo.InvariantCulture);
}
