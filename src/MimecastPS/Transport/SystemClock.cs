using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace MimecastPS.Transport
{
    /// <summary>Real time: a monotonic stopwatch and real waits.</summary>
    internal sealed class SystemClock : IClock
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

        public TimeSpan Elapsed => _stopwatch.Elapsed;

        /// <summary>Callers bound <paramref name="delay"/> by the session's wait cap, far below Task.Delay's 24.8-day limit.</summary>
        public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
    }
}
