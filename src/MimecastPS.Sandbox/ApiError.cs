namespace MimecastPS.Sandbox;

/// <summary>One entry of a fail entry's "errors" array.</summary>
internal sealed record ApiError(string Code, string Message, string? Field = null, bool Retryable = false);
