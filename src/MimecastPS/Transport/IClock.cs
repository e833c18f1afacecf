using System;
using System.Threading;
using System.Threading.Tasks;

namespace MimecastPS.Transport
{
    /// <summary>
    /// Time as the transport and the rate-limit gate see it. Sessions use <see cref="SystemClock"/>; tests give a
    /// clock whose waits pass at once, so that no test sleeps through a retry or quota wait.
    /// </summary>
    internal interface IClock
    {
        /// <summary>Time since the clock started; it only moves forward.</summary>
        TimeSpan Elapsed { get; }

        Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
    }
}
