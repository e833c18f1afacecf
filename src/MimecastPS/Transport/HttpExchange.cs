using System;
using System.Globalization;
using System.Net.Http;
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
        public static async Task<(HttpAnswer? Answer, ApiFailure? Failure)> SendAsync(
            HttpClient http, HttpRequestMessage message, string path, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(timeout);
                try
                {
                    using (var answer = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false))
                    {
                        string text = await ReadBodyAsync(answer).ConfigureAwait(false);
                        return (new HttpAnswer((int)answer.StatusCode, answer.Content?.Headers.ContentType?.MediaType, text, RateLimitHeaders.Read(answer)), null);
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return (null, new ApiFailure(FailureKind.Timeout, path, 0, "RequestTimeout",
                        "No answer within " + timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"));
                }
                catch (HttpRequestException e)
                {
                    return (null, new ApiFailure(FailureKind.Network, path, 0, "NetworkFailure", Innermost(e).Message));
                }
            }
        }

        /// <summary>A wrong or missing charset must not throw: Mimecast speaks UTF-8.</summary>
        private static async Task<string> ReadBodyAsync(HttpResponseMessage answer)
        {
            if (answer.Content == null)
            {
                return string.Empty;
            }
            byte[] bytes = await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return new UTF8Encoding(false, false).GetString(bytes);
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }
    }
}
