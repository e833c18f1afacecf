using System.Diagnostics;

namespace MimecastPS.Sandbox;

/// <summary>A fixed window per identity (access key or client id), shared by all that identity's concurrent callers.</summary>
internal sealed class RateLimiter(SandboxOptions options)
{
    /// <summary>Reported when no quota is set, so that clients pacing by the headers run at full speed.</summary>
    public const int UnlimitedLimit = 1_000_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public RateLimitState Acquire(string identity)
    {
        var quota = options.RateLimitQuota;
        var windowTicks = Math.Max(1, (long)(options.RateLimitWindow.TotalSeconds * Stopwatch.Frequency));
        var now = Stopwatch.GetTimestamp();
        int count;
        long windowStart;
        lock (_gate)
        {
            if (!_windows.TryGetValue(identity, out var window) || now - window.Start >= windowTicks)
            {
                window = new Window { Start = now };
                _windows[identity] = window;
            }

            count = ++window.Count;
            windowStart = window.Start;
        }

        var limit = quota > 0 ? quota : UnlimitedLimit;
        var resetMs = (long)Math.Ceiling((windowStart + windowTicks - now) * 1000.0 / Stopwatch.Frequency);
        return new RateLimitState(quota <= 0 || count <= quota, limit, Math.Max(0, limit - count), Math.Max(1, resetMs));
    }

    public void Clear()
    {
        lock (_gate)
        {
            _windows.Clear();
        }
    }

    private sealed class Window
    {
        public long Start { get; init; }
        public int Count { get; set; }
    }
}
