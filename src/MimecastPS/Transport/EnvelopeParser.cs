using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>
    /// The one place that reads Mimecast's envelope <c>{"meta":{"status":N},"data":[...],"fail":[...]}</c>,
    /// API 2.0's <c>fail[].code</c> and the OAuth error shape. Anything else becomes an
    /// <see cref="ApiFailure"/> that says what arrived instead.
    /// </summary>
    internal static class EnvelopeParser
    {
        private const int ExcerptLength = 120;

        /// <summary>
        /// Parses a body; returns null and sets <paramref name="unreadable"/> when it is not an envelope. The message
        /// quotes the start of the body with <paramref name="excerptSecrets"/> masked; with null it quotes nothing,
        /// for answers (the token endpoint's) that may hold a live secret the module does not know yet.
        /// </summary>
        public static JObject? TryParseObject(string body, string? contentType, SecretValues? excerptSecrets, out string? unreadable)
        {
            unreadable = null;
            if (string.IsNullOrWhiteSpace(body))
            {
                unreadable = "The answer was empty.";
                return null;
            }
            try
            {
                if (ParseText(body) is JObject envelope)
                {
                    return envelope;
                }
                unreadable = "The answer was JSON but not an object.";
            }
            catch (JsonException)
            {
                unreadable = "The answer was not JSON" + (string.IsNullOrEmpty(contentType) ? "" : " (Content-Type " + contentType + ")")
                    + (excerptSecrets == null ? " (" + body.Length + " characters)." : "; it began: " + Excerpt(excerptSecrets.Redact(body)));
            }
            return null;
        }

        /// <summary>
        /// JSON as it is: dates stay strings, so a name or an address that looks like a date is not rewritten.
        /// Fractions are read as decimal, exactly as sent; an answer with a number beyond decimal's range is read
        /// again with doubles rather than refused, since one odd number must not make a valid answer unreadable.
        /// </summary>
        public static JToken ParseText(string json)
        {
            try
            {
                return ParseText(json, FloatParseHandling.Decimal);
            }
            catch (JsonReaderException)
            {
                return ParseText(json, FloatParseHandling.Double);
            }
        }

        private static JToken ParseText(string json, FloatParseHandling floats)
        {
            using (var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = floats })
            {
                var token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore });
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("Additional text after the JSON value.");
                }
                return token;
            }
        }

        /// <summary>
        /// meta.status when it is an HTTP status code (a whole number from 100 to 599, or such a number as text);
        /// anything else there is treated as if meta.status were absent, and the HTTP status decides.
        /// </summary>
        public static int? MetaStatus(JObject envelope)
        {
            JToken? status = envelope.SelectToken("meta.status");
            if (status == null || (status.Type != JTokenType.Integer && status.Type != JTokenType.String))
            {
                return null;
            }
            return int.TryParse(status.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 100 && value <= 599 ? value : (int?)null;
        }

        public static ApiResponse ToResponse(int httpStatus, JObject envelope, SecretValues secrets)
        {
            IReadOnlyList<JToken> data = envelope["data"] is JArray dataArray ? dataArray.Where(t => t.Type != JTokenType.Null).ToList() : new List<JToken>();
            var next = envelope.SelectToken("meta.pagination.next");
            string? nextToken = next != null && next.Type == JTokenType.String && next.Value<string>()!.Length > 0 ? next.Value<string>() : null;
            return new ApiResponse(httpStatus, envelope, data, ReadFailEntries(envelope, secrets), nextToken);
        }

        /// <summary>The fail entries, with <paramref name="secrets"/> masked in what they say (a server may echo the request).</summary>
        public static IReadOnlyList<FailEntry> ReadFailEntries(JObject envelope, SecretValues secrets)
        {
            var entries = new List<FailEntry>();
            if (!(envelope["fail"] is JArray fail))
            {
                return entries;
            }
            foreach (JToken entry in fail)
            {
                if (!(entry is JObject entryObject))
                {
                    continue;
                }
                var errors = new List<ApiError>();
                if (entryObject["errors"] is JArray errorArray)
                {
                    errors.AddRange(errorArray.OfType<JObject>().Select(error => ReadError(error, secrets)));
                }
                if (errors.Count == 0 && entryObject["code"] != null)
                {
                    // API 2.0 puts the code on the fail entry itself.
                    errors.Add(ReadError(entryObject, secrets));
                }
                if (errors.Count == 0)
                {
                    errors.Add(new ApiError("err_unspecified", "Mimecast reported a failure without an error code.", false, null));
                }
                entries.Add(new FailEntry(entryObject["key"] as JObject, errors));
            }
            return entries;
        }

        /// <summary>The code and message that best describe a whole-request failure, from any of the shapes Mimecast uses.</summary>
        public static (string Code, string Message) FirstError(JObject? envelope, string fallbackCode, string fallbackMessage, SecretValues secrets)
        {
            if (envelope == null)
            {
                return (fallbackCode, fallbackMessage);
            }
            var first = ReadFailEntries(envelope, secrets).SelectMany(e => e.Errors).FirstOrDefault();
            if (first != null)
            {
                return (first.Code, first.Message);
            }
            if (envelope["error"]?.Type == JTokenType.String)
            {
                return (secrets.Redact(envelope.Value<string>("error")!), secrets.Redact(envelope["error_description"]?.ToString() ?? string.Empty));
            }
            return (fallbackCode, fallbackMessage);
        }

        private static ApiError ReadError(JObject error, SecretValues secrets)
        {
            string code = secrets.Redact(AsText(error["code"]) ?? "err_unspecified");
            string message = secrets.Redact(AsText(error["message"]) ?? string.Empty);
            string? field = AsText(error["field"]);
            bool retryable = error["retryable"]?.Type == JTokenType.Boolean && error.Value<bool>("retryable");
            return new ApiError(code, message, retryable, field == null ? null : secrets.Redact(field));
        }

        private static string? AsText(JToken? token)
            => token == null || token.Type == JTokenType.Null ? null : token.ToString();

        private static string Excerpt(string body)
        {
            string flat = string.Join(" ", body.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
            return "'" + (flat.Length > ExcerptLength ? flat.Substring(0, ExcerptLength) + "…" : flat) + "'";
        }
    }
}
