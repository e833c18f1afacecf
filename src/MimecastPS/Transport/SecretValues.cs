using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace MimecastPS.Transport
{
    /// <summary>
    /// Masks secrets by value in text that came from elsewhere: a server's message or an excerpt of its answer
    /// (a server or proxy may echo the request, Authorization header included), or a network exception's message
    /// (which may name a proxy URL with a password in it). Name-based masking (<see cref="SecretRedactor"/>)
    /// cannot reach into such text, so the known values are looked for, as sent and as JSON or a form would
    /// escape them, and every URI's user info is masked whatever it holds.
    /// </summary>
    internal sealed class SecretValues
    {
        /// <summary>
        /// Shorter values are left alone: masking a two-letter password wherever those letters occur would garble
        /// every message and, by where the masks fall, show the password all the same.
        /// </summary>
        private const int ShortestMasked = 4;

        // Not RegexOptions.Compiled: it runs on messages, not per row, and compiling it cost every Connect-Mimecast in a
        // fresh process a few milliseconds of IL emission and JIT.
        private static readonly Regex UserInfo = new Regex(@"(?<=\b[A-Za-z][A-Za-z0-9+.\-]*://)[^\s/?#@'""<>]+@", RegexOptions.CultureInvariant);

        private readonly Func<IEnumerable<string?>> _values;
        private readonly Lazy<IReadOnlyList<string>> _forms;

        /// <summary>
        /// <paramref name="values"/> is read on the first <see cref="Redact"/> only, so that secrets are revealed
        /// from their SecureStrings only when some text actually has to be checked for them.
        /// </summary>
        public SecretValues(Func<IEnumerable<string?>> values)
        {
            _values = values;
            _forms = new Lazy<IReadOnlyList<string>>(() => Forms(values()));
        }

        /// <summary>No values known; URI user info is still masked.</summary>
        public static SecretValues None { get; } = new SecretValues(Enumerable.Empty<string?>);

        public string Redact(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }
            foreach (string secret in _forms.Value)
            {
                if (secret.IndexOf('%') >= 0)
                {
                    // Percent-encoding may come back with lower-case hex digits (%2f for %2F).
                    text = Regex.Replace(text, Regex.Escape(secret), SecretRedactor.Mask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                }
                else if (text.IndexOf(secret, StringComparison.Ordinal) >= 0)
                {
                    text = text.Replace(secret, SecretRedactor.Mask);
                }
            }
            return UserInfo.Replace(text, SecretRedactor.Mask + "@");
        }

        /// <summary>These values and <paramref name="more"/>.</summary>
        public SecretValues And(Func<IEnumerable<string?>> more) => new SecretValues(() => _values().Concat(more()));

        /// <summary>Each value as sent, JSON-escaped and form-encoded; longest first, so that no part of a longer one is left showing.</summary>
        private static IReadOnlyList<string> Forms(IEnumerable<string?> values)
        {
            var forms = new HashSet<string>(StringComparer.Ordinal);
            foreach (string? value in values)
            {
                if (value == null || value.Length < ShortestMasked)
                {
                    continue;
                }
                forms.Add(value);
                string json = JsonConvert.ToString(value);
                forms.Add(json.Substring(1, json.Length - 2));
                forms.Add(Uri.EscapeDataString(value));
                forms.Add(WebUtility.UrlEncode(value));
            }
            return forms.OrderByDescending(f => f.Length).ToList();
        }
    }
}
