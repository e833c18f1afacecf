using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>A clock whose waits last until the test releases them, to look at a wait while it is in progress.</summary>
internal sealed class GatedClock : IClock
{
    private readonly TaskCompletionSource _released = new();

    public TimeSpan Elapsed => TimeSpan.Zero;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => _released.Task;

    public void Release() => _released.SetResult();
}
