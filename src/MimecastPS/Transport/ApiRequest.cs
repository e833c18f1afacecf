using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>One POST to the API: the path and the envelope <c>{"data":[...], "meta":{...}}</c>.</summary>
    internal sealed class ApiRequest
    {
        private ApiRequest(string path, JObject body, int itemCount, bool safeToResend)
        {
            Path = path;
            Body = body;
            ItemCount = itemCount;
            SafeToResend = safeToResend;
        }

        public string Path { get; }

        public JObject Body { get; }

        public int ItemCount { get; }

        /// <summary>
        /// Whether an attempt that may have run (no answer, timeout, 500/502/504) may be sent again: true where the
        /// server refuses duplicates or the call only reads; false for create-account, whose re-send would create twice.
        /// </summary>
        public bool SafeToResend { get; }

        public static ApiRequest ForItems(string path, IReadOnlyCollection<JObject> items, JObject? meta = null, bool safeToResend = true)
        {
            var body = new JObject { ["data"] = new JArray(items) };
            if (meta != null)
            {
                body["meta"] = meta;
            }
            return new ApiRequest(path, body, items.Count, safeToResend);
        }
    }
}
