using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Auth;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Transport
{
    /// <summary>
    /// Every request of every cmdlet goes through here: authenticate, pass the rate-limit gate, send,
    /// read the envelope, retry what may be retried. One retry loop for the whole module.
    /// </summary>
    internal sealed class MimecastTransport
    {
        private static readonly MediaTypeWithQualityHeaderValue Json = new MediaTypeWithQualityHeaderValue("application/json");

        private readonly HttpClient _http;
        private readonly Uri _baseUri;
        private readonly IRequestAuthenticator _authenticator;
        private readonly RetryPolicy _retry;
        private readonly RateLimitGate _gate;
        private readonly TimeSpan _timeout;

        public MimecastTransport(HttpClient http, Uri baseUri, IRequestAuthenticator authenticator, RetryPolicy retry, RateLimitGate gate, TimeSpan timeout)
        {
            _http = http;
            _baseUri = baseUri;
            _authenticator = authenticator;
            _retry = retry;
            _gate = gate;
            _timeout = timeout;
        }

        /// <summary>
        /// Sends until the request ran, then returns its answer (per-item failures included).
        /// Throws <see cref="MimecastApiException"/> when it did not run: a refusal that retrying cannot
        /// cure, or retries exhausted. Each attempt is authenticated anew (fresh date, id and signature).
        /// </summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, IRequestLog log, CancellationToken cancellationToken)
        {
            string body = request.Body.ToString(Formatting.None);
            if (log.IsDebugEnabled)
            {
                log.Debug("POST " + request.Path + " body: " + SecretRedactor.Redact(request.Body));
            }
            bool recoveredFromRejection = false;
            string? earlierAttemptMayHaveRun = null;
            for (int attempt = 1; ; attempt++)
            {
                await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                ApiResponse? response;
                ApiFailure? failure;
                object? credential;
                try
                {
                    (response, failure, credential) = await SendOnceAsync(request, body, attempt, log, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }
                if (response != null)
                {
                    return earlierAttemptMayHaveRun == null ? response : response.AfterAmbiguousAttempt(earlierAttemptMayHaveRun);
                }
                if (failure!.Kind == FailureKind.Network || failure.Kind == FailureKind.Timeout)
                {
                    // The request may have been carried out before the connection broke or the time ran out.
                    earlierAttemptMayHaveRun = "an earlier attempt got no answer (" + failure.Message.TrimEnd('.') + ")";
                }
                if (failure.Kind == FailureKind.Authentication && !recoveredFromRejection
                    && await _authenticator.RecoverFromRejectionAsync(credential, failure, cancellationToken).ConfigureAwait(false))
                {
                    // A fresh token is not a retry of a failed call: it does not use up the retry budget.
                    recoveredFromRejection = true;
                    attempt--;
                    continue;
                }
                if (!failure.IsRetryable || attempt > _retry.MaxRetryCount)
                {
                    throw new MimecastApiException(failure.WithAttempts(attempt));
                }
                var delay = _retry.DelayAfter(attempt, failure.RetryAfter);
                if (failure.Kind == FailureKind.RateLimited)
                {
                    _gate.Block(failure.RetryAfter ?? delay);
                }
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<(ApiResponse? Response, ApiFailure? Failure, object? Credential)> SendOnceAsync(
            ApiRequest request, string body, int attempt, IRequestLog log, CancellationToken cancellationToken)
        {
            using (var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, request.Path)))
            {
                message.Content = new StringContent(body, Encoding.UTF8, "application/json");
                message.Headers.Accept.Add(Json);
                object? credential;
                try
                {
                    credential = await _authenticator.AuthenticateAsync(message, request.Path, log, cancellationToken).ConfigureAwait(false);
                }
                catch (MimecastApiException e) when (e.Failure.IsRetryable)
                {
                    // The token endpoint was busy or out of reach: this attempt failed like any other.
                    return (null, e.Failure, null);
                }
                var stopwatch = Stopwatch.StartNew();
                var (answer, failure) = await HttpExchange.SendAsync(_http, message, request.Path, _timeout, cancellationToken).ConfigureAwait(false);
                if (answer == null)
                {
                    log.Verbose(FormatLogLine(request, failure!.Kind == FailureKind.Timeout ? "timeout" : "network error", stopwatch, attempt));
                    return (null, failure, credential);
                }
                _gate.Observe(answer.RateLimit);
                log.Verbose(FormatLogLine(request, answer.Status.ToString(CultureInfo.InvariantCulture), stopwatch, attempt));
                if (log.IsDebugEnabled)
                {
                    log.Debug("HTTP " + answer.Status + " " + request.Path + " answer: " + SecretRedactor.RedactText(answer.Text));
                }
                var (response, refusal) = Classify(request.Path, answer.Status, answer.ContentType, answer.Text, answer.RateLimit);
                return (response, refusal, credential);
            }
        }

        internal static (ApiResponse? Response, ApiFailure? Failure) Classify(string path, int httpStatus, string? contentType, string text, RateLimitHeaders rateLimit)
        {
            JObject? envelope = EnvelopeParser.TryParseObject(text, contentType, out string? unreadable);
            int status = httpStatus;
            int? metaStatus = envelope == null ? null : EnvelopeParser.MetaStatus(envelope);
            if (status >= 200 && status < 300 && metaStatus.HasValue && (metaStatus < 200 || metaStatus >= 300))
            {
                // HTTP 200 only says the call reached Mimecast; meta.status says whether it ran.
                status = metaStatus.Value;
            }

            if (status >= 200 && status < 300)
            {
                if (envelope == null)
                {
                    return (null, new ApiFailure(FailureKind.UnreadableAnswer, path, httpStatus, "UnreadableAnswer", unreadable!));
                }
                return (EnvelopeParser.ToResponse(httpStatus, envelope), null);
            }

            var (code, message) = EnvelopeParser.FirstError(envelope, "http_" + status, unreadable ?? "No error detail in the answer");
            if (httpStatus != status)
            {
                message = "HTTP " + httpStatus + " with meta.status " + status + (string.IsNullOrEmpty(message) ? "" : ": " + message);
            }
            FailureKind kind;
            switch (status)
            {
                case 401: kind = FailureKind.Authentication; break;
                case 403: kind = FailureKind.Forbidden; break;
                case 404: kind = FailureKind.NotFound; break;
                case 418: kind = FailureKind.BindingExpired; break;
                case 429: kind = FailureKind.RateLimited; break;
                default: kind = status >= 500 ? FailureKind.Server : FailureKind.Rejected; break;
            }
            return (null, new ApiFailure(kind, path, httpStatus, code, message, rateLimit.WaitBeforeRetry(status)));
        }

        private static string FormatLogLine(ApiRequest request, string status, Stopwatch stopwatch, int attempt)
            => "POST " + request.Path + " items=" + request.ItemCount + " status=" + status + " " + stopwatch.ElapsedMilliseconds + " ms attempt " + attempt;

    }
}
