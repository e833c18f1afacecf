using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace MimecastPS.Transport
{
    /// <summary>What an answer said about the quota (X-RateLimit-*, API 2.0's X-Rate-Limit-Reset) and about retrying (Retry-After).</summary>
    internal readonly struct RateLimitHeaders
    {
        /// <summary>About a hundred years: anything longer is the same answer ("far beyond any cap") and must not overflow a TimeSpan.</summary>
        private const decimal MaxSeconds = 3_153_600_000m;

        public RateLimitHeaders(int? remaining, TimeSpan? reset, TimeSpan? retryAfter)
        {
            Remaining = remaining;
            Reset = reset;
            RetryAfter = retryAfter;
        }

        public int? Remaining { get; }

        /// <summary>How long until the quota gives a call back: the wait after a 429, and nothing to do with other failures.</summary>
        public TimeSpan? Reset { get; }

        /// <summary>Retry-After: the server's own word on when to come back, whatever the status.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>How long a failed request with this status must wait before it is sent again, at least.</summary>
        public TimeSpan? WaitBeforeRetry(int status)
        {
            if (status != 429) return RetryAfter;
            if (!Reset.HasValue) return RetryAfter;
            return RetryAfter.HasValue && RetryAfter.Value > Reset.Value ? RetryAfter : Reset;
        }

        public static RateLimitHeaders Read(HttpResponseMessage response)
        {
            int? remaining = Integer(response, "X-RateLimit-Remaining");
            TimeSpan? reset = null;
            int? resetMs = Integer(response, "X-RateLimit-Reset") ?? Integer(response, "X-Rate-Limit-Reset");
            if (resetMs.HasValue)
            {
                reset = TimeSpan.FromMilliseconds(Math.Max(0, resetMs.Value));
            }
            return new RateLimitHeaders(remaining, reset, RetryAfterOf(response));
        }

        /// <summary>
        /// Retry-After as sent, seconds or an HTTP date. Read from the raw header because .NET drops a delta
        /// beyond Int32 seconds as invalid, and a server asking for longer than the cap must be heard, not ignored.
        /// </summary>
        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Retry-After", out var values))
            {
                return null;
            }
            string text = (values.FirstOrDefault() ?? string.Empty).Trim();
            if (decimal.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out decimal seconds))
            {
                return seconds >= MaxSeconds ? TimeSpan.FromSeconds((double)MaxSeconds) : TimeSpan.FromSeconds((double)seconds);
            }
            if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out DateTimeOffset date))
            {
                var asked = date - DateTimeOffset.UtcNow;
                return asked < TimeSpan.Zero ? TimeSpan.Zero : asked;
            }
            return null;
        }

        /// <summary>A whole number of the header; a figure beyond Int32 (or not a number at all) is clamped, never an overflow.</summary>
        private static int? Integer(HttpResponseMessage response, string name)
        {
            if (!response.Headers.TryGetValues(name, out var values))
            {
                return null;
            }
            string? first = values.FirstOrDefault();
            if (!double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value))
            {
                return null;
            }
            double whole = Math.Ceiling(value);
            return whole >= int.MaxValue ? int.MaxValue : whole <= int.MinValue ? int.MinValue : (int)whole;
        }
    }
}
