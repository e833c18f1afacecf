using System;

namespace MimecastPS.Transport
{
    /// <summary>How often and how patiently a failed request is sent again.</summary>
    internal sealed class RetryPolicy
    {
        public RetryPolicy(int maxRetryCount, TimeSpan baseDelay, TimeSpan maxDelay)
        {
            if (maxRetryCount < 0) throw new ArgumentOutOfRangeException(nameof(maxRetryCount), "MaxRetryCount cannot be negative.");
            MaxRetryCount = maxRetryCount;
            BaseDelay = baseDelay;
            MaxDelay = maxDelay;
        }

        public static RetryPolicy Default(int maxRetryCount) => new RetryPolicy(maxRetryCount, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20));

        public int MaxRetryCount { get; }

        public TimeSpan BaseDelay { get; }

        public TimeSpan MaxDelay { get; }

        /// <summary>
        /// Exponential backoff with jitter for the wait after failed attempt <paramref name="attempt"/> (1-based),
        /// never shorter than what the server asked for.
        /// </summary>
        public TimeSpan DelayAfter(int attempt, TimeSpan? serverAskedFor)
        {
            double factor = Math.Pow(2, Math.Min(attempt - 1, 16));
            var exponential = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
            var delay = Jitter.Between50And100Percent(exponential);
            if (serverAskedFor.HasValue)
            {
                // The server's figure is a floor; a little jitter on top keeps the waiters from returning in step.
                var floor = serverAskedFor.Value + Jitter.UpTo(TimeSpan.FromMilliseconds(100));
                if (floor > delay) delay = floor;
            }
            return delay;
        }
    }
}
