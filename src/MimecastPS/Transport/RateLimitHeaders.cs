using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace MimecastPS.Transport
{
    /// <summary>What an answer said about the quota (X-RateLimit-*, API 2.0's X-Rate-Limit-Reset) and about retrying (Retry-After).</summary>
    internal readonly struct RateLimitHeaders
    {
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
            TimeSpan? asked = null;
            var retryAfter = response.Headers.RetryAfter;
            if (retryAfter != null)
            {
                asked = retryAfter.Delta ?? (retryAfter.Date.HasValue ? retryAfter.Date.Value - DateTimeOffset.UtcNow : (TimeSpan?)null);
                if (asked < TimeSpan.Zero) asked = TimeSpan.Zero;
            }
            return new RateLimitHeaders(remaining, reset, asked);
        }

        private static int? Integer(HttpResponseMessage response, string name)
        {
            if (!response.Headers.TryGetValues(name, out var values))
            {
                return null;
            }
            string? first = values.FirstOrDefault();
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? (int)Math.Ceiling(value) : (int?)null;
        }
    }
}
