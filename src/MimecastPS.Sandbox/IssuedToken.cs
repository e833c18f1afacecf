namespace MimecastPS.Sandbox;

/// <summary>An access token's owner and its expiry as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
internal sealed record IssuedToken(string ClientId, long ExpiresAt);
