using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>One request item built from a row, or the reason the row is refused before anything is sent.</summary>
    internal sealed class RowRequest
    {
        private RowRequest(string subject, JObject? item, RowFailure? refusal)
        {
            Subject = subject;
            Item = item;
            Refusal = refusal;
        }

        public string Subject { get; }

        public JObject? Item { get; }

        public RowFailure? Refusal { get; }

        public static RowRequest Send(string subject, JObject item) => new RowRequest(subject, item, null);

        public static RowRequest Refuse(string subject, RowFailure refusal) => new RowRequest(subject, null, refusal);
    }
}
