using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// One request item on its way: the pipeline input it came from (the error's TargetObject), what is
    /// sent, and, once known, its outcome. Written by one request task at a time, read by the pipeline
    /// thread after the task completed.
    /// </summary>
    internal sealed class PendingRow
    {
        public PendingRow(object targetObject, string subject, JObject? item, RowOutcome? outcome = null)
        {
            TargetObject = targetObject;
            Subject = subject;
            Item = item;
            _outcome = outcome;
        }

        private volatile RowOutcome? _outcome;

        public object TargetObject { get; }

        /// <summary>What the row is about, for messages: an address, never a password.</summary>
        public string Subject { get; }

        /// <summary>The request item; null for a row refused before sending.</summary>
        public JObject? Item { get; }

        /// <summary>Set when an answer for the row may have been lost, and the row was sent once more.</summary>
        public string? ResentBecause { get; set; }

        public RowOutcome? Outcome
        {
            get => _outcome;
            set => _outcome = value;
        }
    }
}
