using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace MimecastPS.Transport
{
    /// <summary>What an answer said about the quota: X-RateLimit-*, API 2.0's X-Rate-Limit-Reset, and Retry-After.</summary>
    internal readonly struct RateLimitHeaders
    {
        public RateLimitHeaders(int? limit, int? remaining, TimeSpan? reset)
        {
            Limit = limit;
            Remaining = remaining;
            Reset = reset;
        }

        public int? Limit { get; }

        public int? Remaining { get; }

        /// <summary>How long until the quota gives a call back (or, on a 429, until we may try again).</summary>
        public TimeSpan? Reset { get; }

        public static RateLimitHeaders Read(HttpResponseMessage response)
        {
            int? limit = Integer(response, "X-RateLimit-Limit");
            int? remaining = Integer(response, "X-RateLimit-Remaining");
            TimeSpan? reset = null;
            int? resetMs = Integer(response, "X-RateLimit-Reset") ?? Integer(response, "X-Rate-Limit-Reset");
            if (resetMs.HasValue)
            {
                reset = TimeSpan.FromMilliseconds(Math.Max(0, resetMs.Value));
            }
            var retryAfter = response.Headers.RetryAfter;
            if (retryAfter != null)
            {
                TimeSpan? asked = retryAfter.Delta ?? (retryAfter.Date.HasValue ? retryAfter.Date.Value - DateTimeOffset.UtcNow : (TimeSpan?)null);
                if (asked.HasValue && (!reset.HasValue || asked.Value > reset.Value))
                {
                    reset = asked.Value < TimeSpan.Zero ? TimeSpan.Zero : asked.Value;
                }
            }
            return new RateLimitHeaders(limit, remaining, reset);
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
