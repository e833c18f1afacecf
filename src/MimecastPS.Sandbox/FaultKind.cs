namespace MimecastPS.Sandbox;

/// <summary>Every kind of deliberate misbehaviour the sandbox counts, injected or caused by a limit.</summary>
public enum FaultKind
{
    Fault429,
    Fault500,
    Fault503,
    DropBeforeExecute,
    DropAfterExecute,
    SlowAnswer,
    OmitOutcome,
    FailWithoutKey,
    RateLimited429,
    Truncated,
    Rejected,
}
