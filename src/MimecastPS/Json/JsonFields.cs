using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Json
{
    /// <summary>Reading answer fields that may be missing, null or of an unexpected type, without throwing.</summary>
    internal static class JsonFields
    {
        private static readonly IdnMapping Idn = new IdnMapping();

        public static string? Text(JObject item, string name)
        {
            JToken? token = item[name];
            return token == null || token.Type == JTokenType.Null || token is JContainer ? null : token.ToString();
        }

        public static int? Integer(JObject item, string name)
        {
            JToken? token = item[name];
            return token?.Type == JTokenType.Integer && token.Value<long>() >= int.MinValue && token.Value<long>() <= int.MaxValue ? (int)token.Value<long>() : (int?)null;
        }

        public static bool? Flag(JObject item, string name)
        {
            JToken? token = item[name];
            return token?.Type == JTokenType.Boolean ? token.Value<bool>() : (bool?)null;
        }

        /// <summary>
        /// How addresses (and other identities) are compared: trimmed, lower-cased, and with an internationalised
        /// domain in its punycode form, so that the address sent and the one answered meet whichever form each uses.
        /// </summary>
        public static string? Identity(JObject item, string name)
        {
            string? text = Text(item, name)?.Trim().ToLowerInvariant();
            int at = text?.LastIndexOf('@') ?? -1;
            if (at < 0 || at == text!.Length - 1)
            {
                return text;
            }
            try
            {
                return text.Substring(0, at + 1) + Idn.GetAscii(text.Substring(at + 1)).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                // Not a valid domain name: compared as it is; Mimecast will refuse it anyway.
                return text;
            }
        }

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
