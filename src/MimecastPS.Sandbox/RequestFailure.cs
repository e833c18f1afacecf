namespace MimecastPS.Sandbox;

/// <summary>
/// A whole-request failure. API 2.0 authorization failures put the code at fail[].code
/// (<see cref="Api2Shape"/>); everything else uses an "errors" array like item failures.
/// </summary>
internal sealed record RequestFailure(int StatusCode, ApiError Error, bool Api2Shape = false);
