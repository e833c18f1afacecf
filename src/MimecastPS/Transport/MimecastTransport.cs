using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
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
        private readonly TimeSpan _maxWait;
        private readonly Func<IEnumerable<string?>> _connectionSecrets;
        private volatile bool _disconnected;

        /// <param name="maxWait">The longest single wait the session accepts (-MaxWaitSec); a server asking for more fails the request.</param>
        /// <param name="connectionSecrets">Secrets of the connection beyond the authenticator's (a proxy password), masked wherever echoed.</param>
        public MimecastTransport(HttpClient http, Uri baseUri, IRequestAuthenticator authenticator, RetryPolicy retry, TimeSpan timeout,
            TimeSpan maxWait, IClock clock, Func<IEnumerable<string?>>? connectionSecrets = null)
        {
            _http = http;
            _baseUri = baseUri;
            _authenticator = authenticator;
            _retry = retry;
            _timeout = timeout;
            _maxWait = maxWait;
            _connectionSecrets = connectionSecrets ?? Enumerable.Empty<string?>;
            Waits = new RequestWaits(clock);
            _gate = new RateLimitGate(clock, maxWait, Waits);
        }

        /// <summary>
        /// The session's waits in progress: <c>Waits.Current</c> is the long wait (over 5 s) that ends last, or null,
        /// for a progress bar that says why nothing moves.
        /// </summary>
        public RequestWaits Waits { get; }

        /// <summary>
        /// Sends until the request ran, then returns its answer (per-item failures included).
        /// Throws <see cref="MimecastApiException"/> when it did not run: a refusal that retrying cannot
        /// cure, retries exhausted, a wait beyond the cap, or an attempt that may have run for a request that
        /// must not be sent twice (<see cref="FailureKind.OutcomeUnknown"/>). Each attempt is authenticated anew
        /// (fresh date, id and signature).
        /// </summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, IRequestLog log, CancellationToken cancellationToken)
        {
            string body = request.Body.ToString(Formatting.None);
            if (log.IsDebugEnabled)
            {
                log.Debug("POST " + request.Path + " body: " + SecretRedactor.Redact(request.Body));
            }
            bool recoveredFromRejection = false;
            string? mayHaveRun = null;
            for (int attempt = 1; ; attempt++)
            {
                ThrowIfDisconnected(request.Path);
                await _gate.WaitAsync(log, cancellationToken).ConfigureAwait(false);
                AttemptOutcome outcome;
                try
                {
                    outcome = await SendOnceAsync(request, body, attempt, log, cancellationToken).ConfigureAwait(false);
                }
                catch (ObjectDisposedException) when (_disconnected)
                {
                    // Disposed while this request was on its way: a caller that did not hold the session (Acquire).
                    ThrowIfDisconnected(request.Path);
                    throw;
                }
                finally
                {
                    _gate.Release();
                }
                if (outcome.Response != null)
                {
                    return outcome.Response.AfterAmbiguousAttempt(mayHaveRun);
                }
                ApiFailure failure = outcome.Failure!.WithAttempts(attempt);
                if (outcome.Sent && failure.MayHaveRun)
                {
                    if (!request.SafeToResend)
                    {
                        throw new MimecastApiException(OutcomeUnknown(failure));
                    }
                    mayHaveRun ??= failure.HttpStatus == 0
                        ? "an attempt got no answer (" + failure.Message.TrimEnd('.') + ")"
                        : "an attempt was answered HTTP " + failure.HttpStatus.ToString(CultureInfo.InvariantCulture);
                }
                failure = failure.AfterAmbiguousAttempt(mayHaveRun);
                if (failure.Kind == FailureKind.Authentication && !recoveredFromRejection
                    && await _authenticator.RecoverFromRejectionAsync(outcome.Credential, failure, cancellationToken).ConfigureAwait(false))
                {
                    // A fresh token is not a retry of a failed call: it does not use up the retry budget.
                    recoveredFromRejection = true;
                    attempt--;
                    continue;
                }
                if (!failure.IsRetryable || attempt > _retry.MaxRetryCount)
                {
                    throw new MimecastApiException(failure);
                }
                if (failure.RetryAfter > _maxWait)
                {
                    throw new MimecastApiException(WaitTooLong(failure));
                }
                var delay = _retry.DelayAfter(attempt, failure.RetryAfter);
                if (delay > _maxWait)
                {
                    delay = _maxWait;
                }
                if (failure.Kind == FailureKind.RateLimited)
                {
                    _gate.Block(failure.RetryAfter ?? delay);
                }
                string reason = (failure.HttpStatus == 0 ? "no answer (" + failure.Code + ")" : "Mimecast answered HTTP " + failure.HttpStatus.ToString(CultureInfo.InvariantCulture))
                    + (failure.RetryAfter.HasValue ? " and asked to wait " + Seconds(failure.RetryAfter.Value) + " s" : "")
                    + "; POST " + request.Path + " is sent again as attempt " + (attempt + 1).ToString(CultureInfo.InvariantCulture) + " of " + (_retry.MaxRetryCount + 1).ToString(CultureInfo.InvariantCulture);
                await Waits.WaitAsync(delay, reason, log, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The session was disconnected: requests fail with a message that says so, before anything is sent.
        /// Called when the session is disposed; its HttpClient is gone.
        /// </summary>
        public void Disconnect() => _disconnected = true;

        /// <summary>Every secret this session knows, masked wherever a server or the network echoes it.</summary>
        public SecretValues SessionSecrets => new SecretValues(() => _authenticator.SecretValues().Concat(_connectionSecrets()));

        /// <summary>Throws the "this session was disconnected" failure once <see cref="Disconnect"/> was called; <paramref name="path"/> may be empty.</summary>
        public void ThrowIfDisconnected(string path)
        {
            if (_disconnected)
            {
                throw new MimecastApiException(new ApiFailure(FailureKind.Disconnected, path, 0, "SessionDisconnected",
                    "this session was disconnected (by Disconnect-Mimecast, or a newer Connect-Mimecast replaced it). Run Connect-Mimecast again, or use a session you kept with -PassThru"));
            }
        }

        private ApiFailure WaitTooLong(ApiFailure failure)
            => new ApiFailure(FailureKind.WaitTooLong, failure.Path, failure.HttpStatus, "WaitTooLong",
                "Mimecast asked to wait " + Seconds(failure.RetryAfter!.Value) + " s, longer than -MaxWaitSec " + Seconds(_maxWait)
                + ", so it was not sent again (" + CodeAndMessage(failure) + "). "
                + "Run it again later, or connect with a larger -MaxWaitSec",
                failure.RetryAfter, attempts: failure.Attempts).AfterAmbiguousAttempt(failure.EarlierAttemptMayHaveRun);

        private static ApiFailure OutcomeUnknown(ApiFailure failure)
            => new ApiFailure(FailureKind.OutcomeUnknown, failure.Path, failure.HttpStatus, "OutcomeUnknown",
                CodeAndMessage(failure) + "; this request is not sent again automatically",
                attempts: failure.Attempts);

        /// <summary>"code: message", or the code alone when the failure has no message.</summary>
        private static string CodeAndMessage(ApiFailure failure)
            => failure.Code + (string.IsNullOrEmpty(failure.Message) ? "" : ": " + failure.Message.TrimEnd('.'));

        private static string Seconds(TimeSpan wait) => Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        private async Task<AttemptOutcome> SendOnceAsync(ApiRequest request, string body, int attempt, IRequestLog log, CancellationToken cancellationToken)
        {
            using (var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, request.Path)))
            {
                message.Content = new StringContent(body, Encoding.UTF8, "application/json");
                message.Headers.Accept.Add(Json);
                var secrets = SessionSecrets.And(() => SecretRedactor.SecretValuesIn(request.Body));
                object? credential;
                try
                {
                    credential = await _authenticator.AuthenticateAsync(message, request.Path, log, cancellationToken).ConfigureAwait(false);
                }
                catch (MimecastApiException e) when (e.Failure.IsRetryable)
                {
                    // The token endpoint was busy or out of reach: this attempt failed like any other, and the request was not sent.
                    return AttemptOutcome.NotSent(e.Failure.RedactedBy(secrets));
                }
                string? authorization = message.Headers.TryGetValues("Authorization", out var values) ? values.FirstOrDefault() : null;
                secrets = secrets.And(() => AuthorizationParts(authorization));
                var stopwatch = Stopwatch.StartNew();
                var (answer, failure) = await HttpExchange.SendAsync(_http, message, request.Path, _timeout, secrets, cancellationToken).ConfigureAwait(false);
                if (answer == null)
                {
                    log.Verbose(FormatLogLine(request, failure!.Kind == FailureKind.Timeout ? "timeout" : "network error", stopwatch, attempt));
                    return AttemptOutcome.Failed(failure, credential);
                }
                _gate.Observe(answer.RateLimit);
                log.Verbose(FormatLogLine(request, answer.Status.ToString(CultureInfo.InvariantCulture), stopwatch, attempt));
                if (log.IsDebugEnabled)
                {
                    log.Debug("HTTP " + answer.Status + " " + request.Path + " answer: " + secrets.Redact(SecretRedactor.RedactText(answer.Text)));
                }
                var (response, refusal) = Classify(request.Path, answer, secrets);
                return response != null ? AttemptOutcome.Answered(response) : AttemptOutcome.Failed(refusal!, credential);
            }
        }

        /// <summary>The credential in an Authorization header ("Bearer token", "MC accessKey:signature") and each part of it.</summary>
        private static IEnumerable<string?> AuthorizationParts(string? authorization)
        {
            if (authorization == null)
            {
                yield break;
            }
            int space = authorization.IndexOf(' ');
            string credential = space < 0 ? authorization : authorization.Substring(space + 1);
            yield return credential;
            foreach (string part in credential.Split(':'))
            {
                yield return part;
            }
        }

        /// <summary>What an answer means: the request ran (a response), or why not. Every server word in it has <paramref name="secrets"/> masked.</summary>
        internal static (ApiResponse? Response, ApiFailure? Failure) Classify(string path, HttpAnswer answer, SecretValues secrets)
        {
            ApiFailure? notMimecast = HttpExchange.RedirectOrProxyRefusal(path, answer, secrets);
            if (notMimecast != null)
            {
                return (null, notMimecast);
            }
            int httpStatus = answer.Status;
            JObject? envelope = EnvelopeParser.TryParseObject(answer.Text, answer.ContentType, secrets, out string? unreadable);
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
                return (EnvelopeParser.ToResponse(httpStatus, envelope, secrets), null);
            }

            var (code, message) = EnvelopeParser.FirstError(envelope, "http_" + status, unreadable ?? "No error detail in the answer", secrets);
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
            return (null, new ApiFailure(kind, path, httpStatus, code, message, answer.RateLimit.WaitBeforeRetry(status)));
        }

        private static string FormatLogLine(ApiRequest request, string status, Stopwatch stopwatch, int attempt)
            => "POST " + request.Path + " items=" + request.ItemCount + " status=" + status + " " + stopwatch.ElapsedMilliseconds + " ms attempt " + attempt;
    }
}
