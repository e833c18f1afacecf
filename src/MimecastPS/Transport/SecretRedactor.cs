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
    /// A secret-named field that holds a yes/no (forcePasswordChange, passwordNeverExpires) is a setting,
    /// not a secret, and stays readable.
    /// </summary>
    internal static class SecretRedactor
    {
        public const string Mask = "***";

        // Any name that contains one of these holds a secret: adminPassword, client_secret, secretKey, x-api-key.
        private static readonly string[] SecretNameParts =
        {
            "password", "passwd", "passphrase", "secret", "apikey", "accesskey", "privatekey", "appkey", "authorization",
        };

        // Tokens are named exactly: a pagination "pageToken" is no secret and stays readable.
        private static readonly HashSet<string> SecretNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "token", "accesstoken", "refreshtoken", "idtoken", "bearertoken", "sessiontoken", "signature", "credential", "credentials", "pwd", "pin",
        };

        public static bool IsSecretName(string name)
        {
            string normalized = name.Replace("_", string.Empty).Replace("-", string.Empty);
            return SecretNames.Contains(normalized)
                || SecretNameParts.Any(part => normalized.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0);
        }

        public static string Redact(JToken token) => RedactedCopy(token).ToString(Formatting.None);

        /// <summary>A copy of <paramref name="token"/> with every secret replaced by ***.</summary>
        public static JToken RedactedCopy(JToken token)
        {
            var copy = token.DeepClone();
            RedactInPlace(copy);
            return copy;
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

        /// <summary>The text of every secret in <paramref name="token"/>, for masking it by value wherever it is echoed.</summary>
        public static IEnumerable<string> SecretValuesIn(JToken token)
        {
            if (token is JObject obj)
            {
                foreach (JProperty property in obj.Properties())
                {
                    var values = HoldsSecret(property) ? Leaves(property.Value) : SecretValuesIn(property.Value);
                    foreach (string value in values) yield return value;
                }
            }
            else if (token is JArray array)
            {
                foreach (string value in array.SelectMany(SecretValuesIn)) yield return value;
            }
        }

        private static bool HoldsSecret(JProperty property)
            => IsSecretName(property.Name) && property.Value.Type != JTokenType.Null && property.Value.Type != JTokenType.Boolean;

        private static IEnumerable<string> Leaves(JToken token)
            => token is JValue value
                ? new[] { value.Type == JTokenType.String ? (string)value! : value.ToString(Formatting.None) }
                : token.Children().SelectMany(Leaves);

        private static void RedactInPlace(JToken token)
        {
            if (token is JObject obj)
            {
                foreach (JProperty property in obj.Properties().ToList())
                {
                    if (HoldsSecret(property))
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
