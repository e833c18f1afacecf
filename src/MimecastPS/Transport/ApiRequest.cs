using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>One POST to the API: the path and the envelope <c>{"data":[...], "meta":{...}}</c>.</summary>
    internal sealed class ApiRequest
    {
        private ApiRequest(string path, JObject body, int itemCount)
        {
            Path = path;
            Body = body;
            ItemCount = itemCount;
        }

        public string Path { get; }

        public JObject Body { get; }

        public int ItemCount { get; }

        public static ApiRequest ForItems(string path, IReadOnlyCollection<JObject> items, JObject? meta = null)
        {
            var body = new JObject { ["data"] = new JArray(items) };
            if (meta != null)
            {
                body["meta"] = meta;
            }
            return new ApiRequest(path, body, items.Count);
        }
    }
}
