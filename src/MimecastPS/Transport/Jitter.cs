using System;

namespace MimecastPS.Transport
{
    /// <summary>Thread-safe randomness for spreading retries, so requests that failed together do not return together.</summary>
    internal static class Jitter
    {
        private static readonly Random Random = new Random();

        /// <summary>A duration between half and all of <paramref name="ceiling"/>.</summary>
        public static TimeSpan Between50And100Percent(TimeSpan ceiling)
        {
            double fraction;
            lock (Random)
            {
                fraction = 0.5 + Random.NextDouble() * 0.5;
            }
            return TimeSpan.FromTicks((long)(ceiling.Ticks * fraction));
        }

        public static TimeSpan UpTo(TimeSpan ceiling)
        {
            double fraction;
            lock (Random)
            {
                fraction = Random.NextDouble();
            }
            return TimeSpan.FromTicks((long)(ceiling.Ticks * fraction));
        }
    }
}
