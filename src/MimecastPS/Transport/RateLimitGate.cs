using System;
using System.Threading;
using System.Threading.Tasks;

namespace MimecastPS.Transport
{
    /// <summary>
    /// One per session, passed by every request before it is sent. It follows what the answers say about
    /// the quota (X-RateLimit-Remaining / Reset) and 429s, so that a large run slows down to the quota
    /// instead of hammering into 429 storms. The quota belongs to the admin (API 1.0) or app (API 2.0),
    /// so sharing the gate across all of a session's cmdlets and requests is what matches reality.
    /// No wait it imposes is longer than the session's cap (-MaxWaitSec): a quota reset announced beyond it is not
    /// waited for here, so that one odd header cannot hold the session for days; a 429 then says how long, and
    /// the transport fails that request instead of waiting.
    /// </summary>
    internal sealed class RateLimitGate
    {
        private static readonly TimeSpan WakeSpread = TimeSpan.FromMilliseconds(50);
        private static readonly TimeSpan SameWindowTolerance = TimeSpan.FromMilliseconds(20);

        private readonly object _lock = new object();
        private readonly IClock _clock;
        private readonly TimeSpan _maxWait;
        private readonly RequestWaits _waits;
        private TimeSpan _blockedUntil = TimeSpan.Zero;
        private TimeSpan _windowResetsAt = TimeSpan.Zero;
        private int? _remaining;
        private int _inFlight;

        public RateLimitGate(IClock clock, TimeSpan maxWait, RequestWaits waits)
        {
            _clock = clock;
            _maxWait = maxWait;
            _waits = waits;
        }

        /// <summary>Waits until the quota allows one more request and counts it; pair with <see cref="Release"/>.</summary>
        public async Task WaitAsync(IRequestLog log, CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                bool blocked;
                lock (_lock)
                {
                    var now = _clock.Elapsed;
                    if (now >= _windowResetsAt)
                    {
                        _remaining = null;
                    }
                    if (now >= _blockedUntil && (_remaining == null || _remaining > 0))
                    {
                        if (_remaining.HasValue) _remaining--;
                        _inFlight++;
                        return;
                    }
                    blocked = _blockedUntil > now;
                    wait = (blocked ? _blockedUntil : _windowResetsAt) - now;
                }
                string reason = blocked
                    ? "Mimecast's rate limit was exceeded (HTTP 429); every request of this session waits until it resets"
                    : "Mimecast's rate limit for this session is used up until its window resets";
                // Waiters wake spread over a few milliseconds rather than all at the reset instant.
                await _waits.WaitAsync(wait + Jitter.UpTo(WakeSpread), reason, log, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// An answer's view of the quota. It was counted before the requests still in flight reached the
        /// server, so those are taken off what it says is left.
        /// </summary>
        public void Observe(RateLimitHeaders headers)
        {
            if (!headers.Remaining.HasValue || !headers.Reset.HasValue || headers.Reset.Value > _maxWait)
            {
                return;
            }
            lock (_lock)
            {
                var resetsAt = _clock.Elapsed + headers.Reset.Value;
                int estimate = headers.Remaining.Value - Math.Max(0, _inFlight - 1);
                bool sameWindow = _remaining.HasValue && resetsAt <= _windowResetsAt + SameWindowTolerance;
                // Answers overtake each other; within one window the lowest estimate is the safe one.
                _remaining = sameWindow ? Math.Min(_remaining!.Value, estimate) : estimate;
                if (resetsAt > _windowResetsAt)
                {
                    _windowResetsAt = resetsAt;
                }
            }
        }

        /// <summary>A request counted by <see cref="WaitAsync"/> is finished, answered or not.</summary>
        public void Release()
        {
            lock (_lock)
            {
                _inFlight--;
            }
        }

        /// <summary>A 429: nobody sends before <paramref name="wait"/> (at most the cap) has passed.</summary>
        public void Block(TimeSpan wait)
        {
            lock (_lock)
            {
                var until = _clock.Elapsed + (wait < _maxWait ? wait : _maxWait);
                if (until > _blockedUntil)
                {
                    _blockedUntil = until;
                }
            }
        }
    }
}
