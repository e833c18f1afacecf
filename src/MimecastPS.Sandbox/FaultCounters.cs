namespace MimecastPS.Sandbox;

/// <summary>How many times each <see cref="FaultKind"/> happened since start or the last reset.</summary>
public sealed class FaultCounters
{
    private readonly int[] _counts = new int[Enum.GetValues<FaultKind>().Length];

    public int Fault429 => this[FaultKind.Fault429];
    public int Fault500 => this[FaultKind.Fault500];
    public int Fault503 => this[FaultKind.Fault503];
    public int DropBeforeExecute => this[FaultKind.DropBeforeExecute];
    public int DropAfterExecute => this[FaultKind.DropAfterExecute];
    public int SlowAnswer => this[FaultKind.SlowAnswer];
    public int OmitOutcome => this[FaultKind.OmitOutcome];
    public int FailWithoutKey => this[FaultKind.FailWithoutKey];
    public int RateLimited429 => this[FaultKind.RateLimited429];
    public int Truncated => this[FaultKind.Truncated];
    public int Rejected => this[FaultKind.Rejected];

    public int this[FaultKind kind] => Volatile.Read(ref _counts[(int)kind]);

    internal void Increment(FaultKind kind) => Interlocked.Increment(ref _counts[(int)kind]);

    internal void Clear()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Volatile.Write(ref _counts[i], 0);
        }
    }
}
