namespace MimecastPS.Sandbox;

/// <summary>All mutable state of one server, in one place so that Reset cannot forget a piece.</summary>
internal sealed class SandboxState
{
    private int _tokenRequestCount;

    public SandboxState(SandboxOptions options)
    {
        Options = options;
        Random = new SeededRandom(options.Seed);
        Directory = new SandboxDirectory(Random);
        SignedRequests = new SignedRequestAuthenticator(options);
        RateLimiter = new RateLimiter(options);
    }

    public SandboxOptions Options { get; }
    public SeededRandom Random { get; }
    public SandboxDirectory Directory { get; }
    public ReceivedRequestLog Received { get; } = new();
    public FaultCounters Faults { get; } = new();
    public TokenStore Tokens { get; } = new();
    public SignedRequestAuthenticator SignedRequests { get; }
    public RateLimiter RateLimiter { get; }

    public int TokenRequestCount => Volatile.Read(ref _tokenRequestCount);

    public void CountTokenRequest() => Interlocked.Increment(ref _tokenRequestCount);

    public void Reset()
    {
        Directory.Clear();
        Received.Clear();
        Faults.Clear();
        Tokens.Clear();
        SignedRequests.Clear();
        RateLimiter.Clear();
        Random.Reseed(Options.Seed);
        Volatile.Write(ref _tokenRequestCount, 0);
    }
}
