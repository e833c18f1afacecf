namespace MimecastPS.Pipeline
{
    /// <summary>
    /// One request item on its way: the pipeline input it came from (the error's TargetObject), what is
    /// sent, and, once known, its outcome. Written by one request task at a time, read by the pipeline
    /// thread after the task completed.
    /// </summary>
    internal sealed class PendingRow
    {
        private volatile RowOutcome? _outcome;

        public PendingRow(object targetObject, RowRequest request, string? identity, RowOutcome? outcome = null)
        {
            TargetObject = targetObject;
            Subject = request.Subject;
            Item = request.Item;
            Identity = identity;
            _outcome = outcome;
        }

        public object TargetObject { get; }

        /// <summary>What the row is about, for messages: an address, never a password.</summary>
        public string Subject { get; }

        /// <summary>The request item; null for a row refused before sending.</summary>
        public Newtonsoft.Json.Linq.JObject? Item { get; }

        /// <summary>The endpoint's identity of the item; null when the endpoint's items carry none.</summary>
        public string? Identity { get; }

        /// <summary>Set when an earlier attempt for the row may have run, and the row was sent once more.</summary>
        public string? ResentBecause { get; set; }

        public RowOutcome? Outcome
        {
            get => _outcome;
            set => _outcome = value;
        }
    }
}
