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

        // What Mimecast issues today (about 30 minutes); used when an answer does not say.
        private const double DefaultLifetimeSeconds = 1799;
        private const double MaxLifetimeSeconds = 86400;

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
            if (string.IsNullOrWhiteSpace(clientId)) throw new ArgumentException("The client ID is empty.");
            if (clientSecret == null || clientSecret.Length == 0) throw new ArgumentException("The client secret is empty.");
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

        public IEnumerable<string> SecretValues()
        {
            yield return _clientSecret.Reveal();
            AccessToken? token = _current;
            if (token != null)
            {
                yield return token.Value;
            }
        }

        public async Task VerifyAsync(MimecastTransport transport, IRequestLog log, CancellationToken cancellationToken)
        {
            try
            {
                await CurrentTokenAsync(log, cancellationToken).ConfigureAwait(false);
            }
            catch (MimecastApiException e)
            {
                // The connection's own secrets (a proxy password) are the transport's to know.
                throw new MimecastApiException(e.Failure.RedactedBy(transport.SessionSecrets));
            }
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
                var secrets = new SecretValues(SecretValues);
                var (answer, noAnswer) = await HttpExchange.SendAsync(_http, message, TokenPath, _timeout, secrets, cancellationToken).ConfigureAwait(false);
                if (answer == null)
                {
                    throw new MimecastApiException(noAnswer!);
                }
                int status = answer.Status;
                log.Verbose("POST " + TokenPath + " items=0 status=" + status + " " + stopwatch.ElapsedMilliseconds + " ms attempt 1");
                ApiFailure? notMimecast = HttpExchange.RedirectOrProxyRefusal(TokenPath, answer, secrets);
                if (notMimecast != null)
                {
                    throw new MimecastApiException(notMimecast);
                }
                // No excerpt of this body is ever shown: it may hold a live token that nothing would know to mask.
                JObject? body = EnvelopeParser.TryParseObject(answer.Text, answer.ContentType, excerptSecrets: null, out string? unreadable);
                if (status >= 200 && status < 300)
                {
                    return ReadToken(body, unreadable, status, issuedAt);
                }
                var (code, description) = EnvelopeParser.FirstError(body, "http_" + status, unreadable ?? "The token answer held no access_token", secrets);
                if (status >= 500 || status == 429)
                {
                    throw new MimecastApiException(new ApiFailure(status == 429 ? FailureKind.RateLimited : FailureKind.Server, TokenPath, status, code, description,
                        answer.RateLimit.WaitBeforeRetry(status)));
                }
                throw new MimecastApiException(new ApiFailure(FailureKind.Authentication, TokenPath, status, code, description,
                    hint: "Check the client ID and client secret of the API 2.0 application (Administration | Services | API and Platform Integrations), "
                        + "that it is enabled, and that -Region or -BaseUri names the account's API gateway."));
            }
        }

        /// <summary>
        /// The token of a 2xx answer. Anything unusable in it (no token, one that cannot go in a header, a lifetime
        /// that is no number of seconds) ends the command with a message that quotes none of it.
        /// </summary>
        private static AccessToken ReadToken(JObject? body, string? unreadable, int status, TimeSpan issuedAt)
        {
            JToken? token = body?["access_token"];
            string? problem = body == null ? unreadable
                : token?.Type != JTokenType.String || ((string)token!).Length == 0 ? "The answer held no access_token."
                : !IsSendable((string)token!) ? "Its access_token holds spaces, control characters or other characters that cannot be sent in an Authorization header."
                : null;
            if (problem != null)
            {
                throw new MimecastApiException(new ApiFailure(FailureKind.Authentication, TokenPath, status, "InvalidTokenAnswer", problem,
                    hint: "The token endpoint answered, but not with a token the module can use: a proxy or gateway between this computer and Mimecast "
                        + "may have answered or changed it. Check -BaseUri or -Region, and the proxy (-Proxy)."));
            }
            return new AccessToken((string)token!, Lifetime(body!["expires_in"]), issuedAt);
        }

        /// <summary>RFC 6750's token characters, printable ASCII without spaces: what an HTTP header can carry.</summary>
        private static bool IsSendable(string token)
        {
            foreach (char c in token)
            {
                if (c <= ' ' || c >= 0x7F) return false;
            }
            return true;
        }

        /// <summary>
        /// expires_in in seconds, kept between a second and a day: a negative, huge or missing figure must not
        /// overflow a TimeSpan or keep a token past any sensible life (a refused one is replaced on its 401 anyway).
        /// </summary>
        private static TimeSpan Lifetime(JToken? expiresIn)
        {
            double seconds = expiresIn != null && (expiresIn.Type == JTokenType.Integer || expiresIn.Type == JTokenType.Float)
                ? expiresIn.Value<double>()
                : DefaultLifetimeSeconds;
            if (double.IsNaN(seconds)) seconds = DefaultLifetimeSeconds;
            return TimeSpan.FromSeconds(Math.Min(Math.Max(seconds, 1), MaxLifetimeSeconds));
        }
    }
}
