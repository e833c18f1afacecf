using System;
using System.Globalization;

namespace MimecastPS.Transport
{
    /// <summary>A wait long enough to announce (see <see cref="RequestWaits"/>): how long, why, and since when.</summary>
    internal sealed class RequestWait
    {
        public RequestWait(TimeSpan duration, string reason, DateTime startedUtc)
        {
            Duration = duration;
            Reason = reason;
            StartedUtc = startedUtc;
        }

        public TimeSpan Duration { get; }

        /// <summary>Why, in words for a progress bar or a log: "Mimecast answered HTTP 429 and asked to wait 42 s".</summary>
        public string Reason { get; }

        public DateTime StartedUtc { get; }

        /// <summary>The line -Verbose shows when the wait begins.</summary>
        public override string ToString() => "Waiting " + Math.Ceiling(Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s: " + Reason;
    }
}
