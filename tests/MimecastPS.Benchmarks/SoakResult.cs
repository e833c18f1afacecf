namespace MimecastPS.Benchmarks;

/// <summary>What the fault soak found: whether faults cost rows, created anything twice, or leaked secrets.</summary>
internal sealed record SoakResult(
    int Rows,
    bool Finished,
    int RequestsReceivedBySandbox,
    TimeSpan Wall,
    int Requests,
    string FaultsInjected,
    int FaultTotal,
    string ClientStatuses,
    int Outputs,
    int Errors,
    string ErrorSummary,
    int Lost,
    int SeveralOutcomes,
    int Duplicated,
    int CreatedButReportedFailed,
    int ErrorsWithRecommendedAction,
    int UsersInDirectory,
    bool InOrder,
    int Leaked,
    string? FirstLeak);
