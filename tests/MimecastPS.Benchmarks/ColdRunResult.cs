namespace MimecastPS.Benchmarks;

/// <summary>One cold scheduled-task run, split where its owner's time goes; Wall includes the process's exit.</summary>
internal sealed record ColdRunResult(int Rows, int LatencyMs, TimeSpan Start, TimeSpan Import, TimeSpan Connect, TimeSpan Pipeline, TimeSpan Wall, int Created);
