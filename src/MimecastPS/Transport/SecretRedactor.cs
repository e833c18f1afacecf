using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>
    /// Replaces every secret in a JSON body with *** before it may be shown. Secrets are recognised by
    /// the property name, so a new endpoint's password field is covered without anyone remembering it.
    /// </summary>
    internal static class SecretRedactor
    {
        public const string Mask = "***";

        private static readonly string[] SecretNameParts = { "password", "secret" };

        // Tokens are named exactly: a pagination "pageToken" is no secret and stays readable.
        private static readonly HashSet<string> SecretNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "token", "accesstoken", "refreshtoken", "idtoken", "appkey", "authorization", "signature", "credential", "credentials",
        };

        public static bool IsSecretName(string name)
        {
            string normalized = name.Replace("_", string.Empty).Replace("-", string.Empty);
            return SecretNames.Contains(normalized)
                || SecretNameParts.Any(part => normalized.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0);
        }

        public static string Redact(JToken token)
        {
            var copy = token.DeepClone();
            RedactInPlace(copy);
            return copy.ToString(Formatting.None);
        }

        /// <summary>For a body that arrived as text: redacted JSON, or only its length when it is not JSON.</summary>
        public static string RedactText(string body)
        {
            try
            {
                return Redact(EnvelopeParser.ParseText(body));
            }
            catch (JsonException)
            {
                return "(" + body.Length + " characters, not JSON)";
            }
        }

        private static void RedactInPlace(JToken token)
        {
            if (token is JObject obj)
            {
                foreach (JProperty property in obj.Properties().ToList())
                {
                    if (IsSecretName(property.Name) && property.Value.Type != JTokenType.Null)
                    {
                        property.Value = Mask;
                    }
                    else
                    {
                        RedactInPlace(property.Value);
                    }
                }
            }
            else if (token is JArray array)
            {
                foreach (JToken item in array)
                {
                    RedactInPlace(item);
                }
            }
        }
    }
}
