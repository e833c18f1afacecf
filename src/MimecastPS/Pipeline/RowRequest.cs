using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// One request item built from a row; or the reason the row is refused before anything is sent; or an item that a
    /// read made before sending showed to be in place already (-IfExists Skip), with what the read found.
    /// </summary>
    internal sealed class RowRequest
    {
        private RowRequest(string subject, JObject? item, RowFailure? refusal, JObject? existing)
        {
            Subject = subject;
            Item = item;
            Refusal = refusal;
            Existing = existing;
        }

        public string Subject { get; }

        public JObject? Item { get; }

        public RowFailure? Refusal { get; }

        /// <summary>The entry a read found for this item; set only when the item is already in place and is not sent.</summary>
        public JObject? Existing { get; }

        public static RowRequest Send(string subject, JObject item) => new RowRequest(subject, item, null, null);

        public static RowRequest Refuse(string subject, RowFailure refusal) => new RowRequest(subject, null, refusal, null);

        public RowRequest AlreadyPresent(JObject existing) => new RowRequest(Subject, Item, null, existing);
    }
}
