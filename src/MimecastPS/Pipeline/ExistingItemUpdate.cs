using System;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// For -IfExists Update: the endpoint that changes an object that already exists, and the item it is sent, made
    /// from the item that met "already exists" (null when that item holds nothing to change).
    /// </summary>
    internal sealed class ExistingItemUpdate
    {
        public ExistingItemUpdate(RowEndpoint endpoint, Func<JObject, JObject?> item)
        {
            Endpoint = endpoint;
            Item = item;
        }

        public RowEndpoint Endpoint { get; }

        public Func<JObject, JObject?> Item { get; }
    }
}
