using System;
using System.Globalization;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MimecastPS.Transport
{
    /// <summary>
    /// One HTTP attempt, for API calls and token requests alike: bounded by the request timeout, its body read
    /// as UTF-8 whatever the answer claims, and no answer at all turned into the failure that says why.
    /// </summary>
    internal static class HttpExchange
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        /// <summary>
        /// <paramref name="secrets"/> are masked in a network failure's message: .NET names the proxy it could not
        /// reach, and a proxy address may carry a password.
        /// </summary>
        public static async Task<(HttpAnswer? Answer, ApiFailure? Failure)> SendAsync(
            HttpClient http, HttpRequestMessage message, string path, TimeSpan timeout, SecretValues secrets, CancellationToken cancellationToken)
        {
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(timeout);
                try
                {
                    using (var answer = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false))
                    {
                        string text = await ReadBodyAsync(answer).ConfigureAwait(false);
                        return (new HttpAnswer((int)answer.StatusCode, answer.Content?.Headers.ContentType?.MediaType, text, RateLimitHeaders.Read(answer),
                            answer.Headers.Location?.OriginalString), null);
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return (null, new ApiFailure(FailureKind.Timeout, path, 0, "RequestTimeout",
                        "No answer within " + timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"));
                }
                catch (HttpRequestException e) when (IsProxyAuthenticationRefusal(e))
                {
                    return (null, ProxyAuthenticationFailure(path, 0));
                }
                catch (HttpRequestException e)
                {
                    return (null, new ApiFailure(FailureKind.Network, path, 0, "NetworkFailure", secrets.Redact(Innermost(e).Message)));
                }
            }
        }

        /// <summary>
        /// An answer that did not come from the API at all: a 3xx (the base URI is not the API host, or a captive
        /// portal answered) or a 407 (a proxy wants credentials). Neither is about a row, and neither goes away by
        /// retrying. Null for any other answer.
        /// </summary>
        public static ApiFailure? RedirectOrProxyRefusal(string path, HttpAnswer answer, SecretValues secrets)
        {
            if (answer.Status == 407)
            {
                return ProxyAuthenticationFailure(path, answer.Status);
            }
            if (answer.Status < 300 || answer.Status >= 400)
            {
                return null;
            }
            string target = string.IsNullOrEmpty(answer.Location) ? "no Location given" : "Location " + secrets.Redact(answer.Location!);
            return new ApiFailure(FailureKind.Redirected, path, answer.Status, "Redirected",
                "the answer was a redirect (" + target + "), which the API never sends: -BaseUri or -Region is probably wrong for this account "
                + "(or a proxy or captive portal redirected the request). Run Connect-Mimecast again with the account's API host");
        }

        /// <summary>A 407 from a proxy, whether it came back as an answer (plain http) or ended an https tunnel.</summary>
        private static ApiFailure ProxyAuthenticationFailure(string path, int httpStatus)
            => new ApiFailure(FailureKind.ProxyAuthentication, path, httpStatus, "ProxyAuthenticationRequired",
                "A proxy between this computer and Mimecast asks for credentials (HTTP 407). Run Connect-Mimecast again with -ProxyUseDefaultCredentials "
                + "to sign in to the proxy as the current Windows user, or with -ProxyCredential; add -Proxy to name the proxy if it is not the system proxy.");

        /// <summary>
        /// An https request through a proxy that wants credentials fails while opening the tunnel, with no answer
        /// to read: .NET 5 and later say so in HttpRequestException.StatusCode (not in netstandard2.0, hence
        /// reflection), .NET Framework only in the message ("(407) Proxy Authentication Required").
        /// </summary>
        private static bool IsProxyAuthenticationRefusal(HttpRequestException e)
        {
            PropertyInfo? statusCode = typeof(HttpRequestException).GetProperty("StatusCode");
            if (statusCode != null && statusCode.GetValue(e) is System.Net.HttpStatusCode status)
            {
                return (int)status == 407;
            }
            for (Exception? inner = e; inner != null; inner = inner.InnerException)
            {
                if (inner.Message.IndexOf("407", StringComparison.Ordinal) >= 0 && inner.Message.IndexOf("proxy", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>A wrong or missing charset must not throw: Mimecast speaks UTF-8. A byte-order mark is no part of the JSON.</summary>
        private static async Task<string> ReadBodyAsync(HttpResponseMessage answer)
        {
            if (answer.Content == null)
            {
                return string.Empty;
            }
            byte[] bytes = await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            int start = bytes.Length >= Utf8Bom.Length && bytes[0] == Utf8Bom[0] && bytes[1] == Utf8Bom[1] && bytes[2] == Utf8Bom[2] ? Utf8Bom.Length : 0;
            return new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }
    }
}
