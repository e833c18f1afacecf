using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Reading answer fields that may be missing, null or of an unexpected type, without throwing.</summary>
    internal static class JsonFields
    {
        public static string? Text(JObject item, string name)
        {
            JToken? token = item[name];
            return token == null || token.Type == JTokenType.Null || token is JContainer ? null : token.ToString();
        }

        public static bool? Flag(JObject item, string name)
        {
            JToken? token = item[name];
            return token?.Type == JTokenType.Boolean ? token.Value<bool>() : (bool?)null;
        }

        /// <summary>The lower-cased, trimmed text: how addresses are compared.</summary>
        public static string? Identity(JObject item, string name) => Text(item, name)?.Trim().ToLowerInvariant();

        public static DateTime? Date(JObject item, string name)
        {
            JToken? token = item[name];
            if (token?.Type == JTokenType.Date) return token.Value<DateTime>();
            string? text = Text(item, name);
            return text != null && Binding.DateTimeTransformationAttribute.TryParse(text, out DateTime parsed) ? parsed : (DateTime?)null;
        }

        /// <summary>Mimecast's date form, yyyy-MM-ddTHH:mm:ss+0000, in UTC.</summary>
        public static string MimecastDate(DateTime value)
            => (value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Local) : value)
                .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
    }
}
