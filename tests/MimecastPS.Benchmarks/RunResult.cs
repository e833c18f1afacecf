namespace MimecastPS.Benchmarks;

/// <summary>One measured New-MimecastUser run: speed, cost, and whether every row was accounted for.</summary>
internal sealed record RunResult(
    string Scenario,
    int Rows,
    int LatencyMs,
    string Mode,
    TimeSpan Wall,
    int Requests,
    int Status429,
    double CpuMicrosPerRow,
    double JitMicrosPerRow,
    long HeapGrowthBytes,
    long PeakWorkingSetBytes,
    int Outputs,
    int Errors,
    int UsersInDirectory,
    int RowsWithoutOutcome,
    int RowsWithSeveralOutcomes,
    bool InOrder,
    string ErrorSummary)
{
    public double RowsPerSecond => Rows / Wall.TotalSeconds;

    /// <summary>Every row has exactly one outcome and the directory holds exactly the successes.</summary>
    public bool Accounted => Outputs + Errors == Rows && RowsWithoutOutcome == 0 && RowsWithSeveralOutcomes == 0 && UsersInDirectory == Outputs;
}
