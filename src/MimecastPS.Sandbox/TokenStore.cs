using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace MimecastPS.Sandbox;

/// <summary>
/// Issued API 2.0 tokens. Expiry runs on the monotonic Stopwatch clock, so one-second tokens in tests expire
/// after one real second, whatever the wall clock does.
/// </summary>
internal sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>
    /// Tokens come from the OS generator, not the seeded Random: after Reset the seeded sequence restarts,
    /// and a client's stale token must not become valid again by coincidence.
    /// </summary>
    public string Issue(string clientId, TimeSpan lifetime)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = Stopwatch.GetTimestamp() + (long)(lifetime.TotalSeconds * Stopwatch.Frequency);
        _tokens[token] = new IssuedToken(clientId, expiresAt);
        return token;
    }

    public TokenCheck Check(string token, out string? clientId)
    {
        if (!_tokens.TryGetValue(token, out var issued))
        {
            clientId = null;
            return TokenCheck.Unknown;
        }

        clientId = issued.ClientId;
        return Stopwatch.GetTimestamp() < issued.ExpiresAt ? TokenCheck.Valid : TokenCheck.Expired;
    }

    public void ExpireAll()
    {
        foreach (var (token, issued) in _tokens)
        {
            _tokens[token] = issued with { ExpiresAt = 0 };
        }
    }

    public void Clear() => _tokens.Clear();
}
