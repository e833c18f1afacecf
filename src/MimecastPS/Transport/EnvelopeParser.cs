using System;
using System.Collections.Generic;
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

        /// <summary>Parses a body; returns null and sets <paramref name="unreadable"/> when it is not an envelope.</summary>
        public static JObject? TryParseObject(string body, string? contentType, out string? unreadable)
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
                    + "; it began: " + Excerpt(body);
            }
            return null;
        }

        /// <summary>JSON as it is: dates stay strings, so a name or an address that looks like a date is not rewritten.</summary>
        public static JToken ParseText(string json)
        {
            using (var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal })
            {
                var token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore });
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("Additional text after the JSON value.");
                }
                return token;
            }
        }

        public static int? MetaStatus(JObject envelope)
        {
            JToken? status = envelope.SelectToken("meta.status");
            return status != null && status.Type == JTokenType.Integer ? status.Value<int>() : (int?)null;
        }

        public static ApiResponse ToResponse(int httpStatus, JObject envelope)
        {
            IReadOnlyList<JToken> data = envelope["data"] is JArray dataArray ? dataArray.Where(t => t.Type != JTokenType.Null).ToList() : new List<JToken>();
            var next = envelope.SelectToken("meta.pagination.next");
            string? nextToken = next != null && next.Type == JTokenType.String && next.Value<string>()!.Length > 0 ? next.Value<string>() : null;
            return new ApiResponse(httpStatus, envelope, data, ReadFailEntries(envelope), nextToken);
        }

        public static IReadOnlyList<FailEntry> ReadFailEntries(JObject envelope)
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
                    errors.AddRange(errorArray.OfType<JObject>().Select(ReadError));
                }
                if (errors.Count == 0 && entryObject["code"] != null)
                {
                    // API 2.0 puts the code on the fail entry itself.
                    errors.Add(ReadError(entryObject));
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
        public static (string Code, string Message) FirstError(JObject? envelope, string fallbackCode, string fallbackMessage)
        {
            if (envelope == null)
            {
                return (fallbackCode, fallbackMessage);
            }
            var first = ReadFailEntries(envelope).SelectMany(e => e.Errors).FirstOrDefault();
            if (first != null)
            {
                return (first.Code, first.Message);
            }
            if (envelope["error"]?.Type == JTokenType.String)
            {
                return (envelope.Value<string>("error")!, envelope["error_description"]?.ToString() ?? string.Empty);
            }
            return (fallbackCode, fallbackMessage);
        }

        private static ApiError ReadError(JObject error)
        {
            string code = AsText(error["code"]) ?? "err_unspecified";
            string message = AsText(error["message"]) ?? string.Empty;
            bool retryable = error["retryable"]?.Type == JTokenType.Boolean && error.Value<bool>("retryable");
            return new ApiError(code, message, retryable, AsText(error["field"]));
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
