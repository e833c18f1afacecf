using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace MimecastPS.Transport
{
    /// <summary>
    /// Every wait of a session's requests (retry backoff, a server's Retry-After, the quota window) passes
    /// through here. A wait longer than <see cref="AnnounceAfter"/> is announced as a verbose line and kept in
    /// <see cref="Current"/> while it lasts, so that a run that seems to hang says why (-Verbose, Write-Progress).
    /// </summary>
    internal sealed class RequestWaits
    {
        public static readonly TimeSpan AnnounceAfter = TimeSpan.FromSeconds(5);

        private readonly IClock _clock;
        private readonly object _lock = new object();
        private readonly List<RequestWait> _ongoing = new List<RequestWait>();

        public RequestWaits(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>The announced wait in progress that ends last; null when no long wait is in progress.</summary>
        public RequestWait? Current
        {
            get
            {
                lock (_lock)
                {
                    return _ongoing.OrderByDescending(w => w.StartedUtc + w.Duration).FirstOrDefault();
                }
            }
        }

        public async Task WaitAsync(TimeSpan delay, string reason, IRequestLog log, CancellationToken cancellationToken)
        {
            if (delay <= AnnounceAfter)
            {
                await _clock.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
                return;
            }
            var wait = new RequestWait(delay, reason, DateTime.UtcNow);
            log.Verbose(wait.ToString());
            lock (_lock)
            {
                _ongoing.Add(wait);
            }
            try
            {
                await _clock.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                lock (_lock)
                {
                    _ongoing.Remove(wait);
                }
            }
        }
    }
}
