using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// One request item built from a row; or the reason the row is refused before anything is sent; or an item that a
    /// read made before sending showed to be in place already (-IfExists Skip), with what the read found.
    /// </summary>
    internal sealed class RowRequest
    {
        private RowRequest(string subject, JObject? item, RowFailure? refusal, JObject? existing, string? listParameter = null, string? listValue = null)
        {
            Subject = subject;
            Item = item;
            Refusal = refusal;
            Existing = existing;
            ListParameter = listParameter;
            ListValue = listValue;
        }

        public string Subject { get; }

        public JObject? Item { get; }

        public RowFailure? Refusal { get; }

        /// <summary>The entry a read found for this item; set only when the item is already in place and is not sent.</summary>
        public JObject? Existing { get; }

        /// <summary>
        /// For one of several items a row's list cell holds (aliases "a;b;c"): the parameter of that cell and this item's
        /// value. The item's error then carries the row with only this value in the cell, so that re-running the failed
        /// rows sends each failed item once and nothing that succeeded.
        /// </summary>
        public string? ListParameter { get; }

        public string? ListValue { get; }

        public static RowRequest Send(string subject, JObject item) => new RowRequest(subject, item, null, null);

        public static RowRequest SendListItem(string subject, JObject item, string listParameter, string listValue)
            => new RowRequest(subject, item, null, null, listParameter, listValue);

        public static RowRequest Refuse(string subject, RowFailure refusal) => new RowRequest(subject, null, refusal, null);

        public RowRequest AlreadyPresent(JObject existing) => new RowRequest(Subject, Item, null, existing, ListParameter, ListValue);
    }
}
