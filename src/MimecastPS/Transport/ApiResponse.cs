using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>An answer whose request ran (HTTP 2xx and meta.status 2xx); per-item failures are in <see cref="Fail"/>.</summary>
    internal sealed class ApiResponse
    {
        public ApiResponse(int httpStatus, JObject envelope, IReadOnlyList<JToken> data, IReadOnlyList<FailEntry> fail, string? nextPageToken, string? earlierAttemptMayHaveRun = null)
        {
            HttpStatus = httpStatus;
            Envelope = envelope;
            Data = data;
            Fail = fail;
            NextPageToken = nextPageToken;
            EarlierAttemptMayHaveRun = earlierAttemptMayHaveRun;
        }

        public int HttpStatus { get; }

        /// <summary>The whole answer as parsed, for -Raw.</summary>
        public JObject Envelope { get; }

        public IReadOnlyList<JToken> Data { get; }

        public IReadOnlyList<FailEntry> Fail { get; }

        /// <summary><c>meta.pagination.next</c>; null on the last page.</summary>
        public string? NextPageToken { get; }

        /// <summary>
        /// Set when an earlier attempt of this request may have been carried out (no answer, a timeout, a 500, 502
        /// or 504): an "already exists" in this answer may then be the module's own earlier success.
        /// </summary>
        public string? EarlierAttemptMayHaveRun { get; }

        /// <summary>This answer, marked as following an attempt that may have run.</summary>
        public ApiResponse AfterAmbiguousAttempt(string? reason)
            => reason == null ? this : new ApiResponse(HttpStatus, Envelope, Data, Fail, NextPageToken, reason);
    }
}
