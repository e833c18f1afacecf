using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>A <c>fail</c> entry: the item it is about (when the API echoes it as <c>key</c>) and its errors.</summary>
    internal sealed class FailEntry
    {
        public FailEntry(JObject? key, IReadOnlyList<ApiError> errors)
        {
            Key = key;
            Errors = errors;
        }

        public JObject? Key { get; }

        public IReadOnlyList<ApiError> Errors { get; }
    }
}
