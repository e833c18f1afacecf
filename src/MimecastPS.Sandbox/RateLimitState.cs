namespace MimecastPS.Sandbox;

/// <summary>The quota as the X-RateLimit-* headers report it, after counting the current request.</summary>
internal readonly record struct RateLimitState(bool Allowed, int Limit, int Remaining, long ResetMilliseconds);
