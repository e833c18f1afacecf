using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>A clock whose waits pass at once: each wait moves the time on by its length and is remembered.</summary>
internal sealed class FakeClock : IClock
{
    private readonly object _lock = new();
    private readonly List<TimeSpan> _delays = [];
    private TimeSpan _elapsed;

    public TimeSpan Elapsed
    {
        get { lock (_lock) return _elapsed; }
    }

    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_lock) return _delays.ToList(); }
    }

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _delays.Add(delay);
            _elapsed += delay;
        }
        return Task.CompletedTask;
    }
}
