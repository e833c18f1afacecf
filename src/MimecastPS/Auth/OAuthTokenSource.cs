using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Auth
{
    /// <summary>
    /// API 2.0: OAuth 2.0 client credentials. Keeps one token for the session, replaces it before it
    /// expires, and however many requests are in flight, one refresh happens at a time.
    /// </summary>
    internal sealed class OAuthTokenSource : IRequestAuthenticator
    {
        internal const string TokenPath = "/oauth/token";

        private static readonly HashSet<string> RecoverableCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "token_expired", "unauthorized", "invalid_token",
        };

        private readonly string _clientId;
        private readonly SecureString _clientSecret;
        private readonly HttpClient _http;
        private readonly Uri _baseUri;
        private readonly TimeSpan _timeout;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly SemaphoreSlim _refreshLock = new SemaphoreSlim(1, 1);
        private AccessToken? _current;
        private int _tokenRequestCount;

        public OAuthTokenSource(string clientId, SecureString clientSecret, HttpClient http, Uri baseUri, TimeSpan timeout)
        {
            if (string.IsNullOrWhiteSpace(clientId)) throw new ArgumentException("The client ID is empty.", nameof(clientId));
            if (clientSecret == null || clientSecret.Length == 0) throw new ArgumentException("The client secret is empty.", nameof(clientSecret));
            _clientId = clientId.Trim();
            _clientSecret = clientSecret.Copy();
            _clientSecret.MakeReadOnly();
            _http = http;
            _baseUri = baseUri;
            _timeout = timeout;
        }

        public string ApiVersion => "2.0";

        public string Identity => _clientId;

        /// <summary>How many token requests this session made (tests prove one refresh per expiry with it).</summary>
        public int TokenRequestCount => Volatile.Read(ref _tokenRequestCount);

        public async Task<object?> AuthenticateAsync(HttpRequestMessage request, string path, IRequestLog log, CancellationToken cancellationToken)
        {
            AccessToken token = await CurrentTokenAsync(log, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            return token;
        }

        public async Task<bool> RecoverFromRejectionAsync(object? usedCredential, ApiFailure failure, CancellationToken cancellationToken)
        {
            if (!RecoverableCodes.Contains(failure.Code))
            {
                return false;
            }
            await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Only the first of the rejected requests drops the token; the others find a new one already there.
                if (ReferenceEquals(_current, usedCredential))
                {
                    _current = null;
                }
            }
            finally
            {
                _refreshLock.Release();
            }
            return true;
        }

        public async Task VerifyAsync(MimecastTransport transport, IRequestLog log, CancellationToken cancellationToken)
        {
            await CurrentTokenAsync(log, cancellationToken).ConfigureAwait(false);
        }

        private async Task<AccessToken> CurrentTokenAsync(IRequestLog log, CancellationToken cancellationToken)
        {
            AccessToken? token = _current;
            if (token != null && _clock.Elapsed < token.RefreshAt)
            {
                return token;
            }
            await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                token = _current;
                if (token == null || _clock.Elapsed >= token.RefreshAt)
                {
                    token = await RequestTokenAsync(log, cancellationToken).ConfigureAwait(false);
                    _current = token;
                }
                return token;
            }
            finally
            {
                _refreshLock.Release();
            }
        }

        private async Task<AccessToken> RequestTokenAsync(IRequestLog log, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _tokenRequestCount);
            var form = new FormUrlEncodedContent(new[]
            {
                new KeyValuePair<string, string>("grant_type", "client_credentials"),
                new KeyValuePair<string, string>("client_id", _clientId),
                new KeyValuePair<string, string>("client_secret", _clientSecret.Reveal()),
            });
            using (var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, TokenPath)) { Content = form })
            {
                var issuedAt = _clock.Elapsed;
                var stopwatch = Stopwatch.StartNew();
                var (answer, noAnswer) = await HttpExchange.SendAsync(_http, message, TokenPath, _timeout, cancellationToken).ConfigureAwait(false);
                if (answer == null)
                {
                    throw new MimecastApiException(noAnswer!);
                }
                int status = answer.Status;
                log.Verbose("POST " + TokenPath + " items=0 status=" + status + " " + stopwatch.ElapsedMilliseconds + " ms attempt 1");
                JObject? body = EnvelopeParser.TryParseObject(answer.Text, answer.ContentType, out string? unreadable);
                if (status >= 200 && status < 300 && body?["access_token"]?.Type == JTokenType.String)
                {
                    double seconds = body["expires_in"]?.Type == JTokenType.Integer || body["expires_in"]?.Type == JTokenType.Float ? body.Value<double>("expires_in") : 1799;
                    return new AccessToken(body.Value<string>("access_token")!, TimeSpan.FromSeconds(Math.Max(1, seconds)), issuedAt);
                }
                var (code, description) = EnvelopeParser.FirstError(body, "http_" + status, unreadable ?? "The token answer held no access_token");
                FailureKind kind = status >= 500 ? FailureKind.Server : status == 429 ? FailureKind.RateLimited : body == null ? FailureKind.UnreadableAnswer : FailureKind.Authentication;
                var failure = new ApiFailure(kind, TokenPath, status, code, description, answer.RateLimit.WaitBeforeRetry(status));
                if (kind == FailureKind.Authentication)
                {
                    failure = failure.WithHint("Check the client ID and client secret of the API 2.0 application (Administration | Services | API and Platform Integrations), "
                        + "that it is enabled, and that -Region or -BaseUri names the account's API gateway.");
                }
                throw new MimecastApiException(failure);
            }
        }
    }
}
