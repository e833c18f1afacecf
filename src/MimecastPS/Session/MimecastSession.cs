using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Auth;
using MimecastPS.Transport;

namespace MimecastPS.Session
{
    /// <summary>
    /// One connection to one Mimecast account: where, as whom, and how patiently. It holds the
    /// credentials inside its authenticator (as SecureStrings) and shows none of them.
    /// </summary>
    public sealed class MimecastSession : IDisposable
    {
        private readonly HttpClient _http;

        internal MimecastSession(Uri baseUri, string? region, Func<HttpClient, IRequestAuthenticator> authenticatorFactory, int maxRetryCount, TimeSpan requestTimeout, HttpClient? http = null)
        {
            BaseUri = baseUri;
            Region = region;
            MaxRetryCount = maxRetryCount;
            RequestTimeout = requestTimeout;
            ConnectedAt = DateTime.Now;
            _http = http ?? HttpClientFactory.Create();
            Authenticator = authenticatorFactory(_http);
            Transport = new MimecastTransport(_http, baseUri, Authenticator, RetryPolicy.Default(maxRetryCount), new RateLimitGate(), requestTimeout);
        }

        /// <summary>"1.0" (signed keys) or "2.0" (OAuth 2.0 client credentials).</summary>
        public string ApiVersion => Authenticator.ApiVersion;

        public Uri BaseUri { get; }

        /// <summary>The region named at connect time; null when -BaseUri was given instead.</summary>
        public string? Region { get; }

        /// <summary>The client ID (API 2.0) or the start of the access key (API 1.0): enough to tell sessions apart, no secret.</summary>
        public string Identity => Authenticator.Identity;

        public int MaxRetryCount { get; }

        public TimeSpan RequestTimeout { get; }

        public DateTime ConnectedAt { get; }

        internal IRequestAuthenticator Authenticator { get; }

        internal MimecastTransport Transport { get; }

        /// <summary>What each endpoint was seen to accept: later cmdlets in the session start there instead of rediscovering a cap.</summary>
        internal EndpointBatchSizes BatchSizes { get; } = new EndpointBatchSizes();

        internal Task VerifyAsync(IRequestLog log, CancellationToken cancellationToken) => Authenticator.VerifyAsync(Transport, log, cancellationToken);

        public override string ToString() => "Mimecast API " + ApiVersion + " session (" + Identity + " at " + BaseUri.GetLeftPart(UriPartial.Authority) + ")";

        public void Dispose() => _http.Dispose();
    }
}
