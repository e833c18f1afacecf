using System;
using MimecastPS.Session;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Auth;
using MimecastPS.Transport;

namespace MimecastPS
{
    /// <summary>
    /// One connection to one Mimecast account: where, as whom, and how patiently. It holds the
    /// credentials inside its authenticator (as SecureStrings) and shows none of them.
    /// </summary>
    /// <remarks>
    /// Its HttpClient and token live until the session is retired (Disconnect-Mimecast, or a newer Connect-Mimecast
    /// replacing it as the default) and no running command uses it any more: commands hold it with
    /// <see cref="Acquire"/> and <see cref="Release"/>, so that retiring it never pulls it from under a pipeline.
    /// </remarks>
    public sealed class MimecastSession : IDisposable
    {
        /// <summary>The longest single wait a session accepts unless Connect-Mimecast -MaxWaitSec says otherwise.</summary>
        internal static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(300);

        private readonly HttpClient _http;
        private readonly object _lifetimeLock = new object();
        private int _users;
        private bool _retired;
        private bool _disposed;

        internal MimecastSession(Uri baseUri, string? region, Func<HttpClient, IRequestAuthenticator> authenticatorFactory, int maxRetryCount, TimeSpan requestTimeout,
            TimeSpan? maxWait = null, ProxySettings? proxy = null, HttpClient? http = null, IClock? clock = null)
        {
            BaseUri = baseUri;
            Region = region;
            MaxRetryCount = maxRetryCount;
            RequestTimeout = requestTimeout;
            MaxWait = maxWait ?? DefaultMaxWait;
            var proxySettings = proxy ?? new ProxySettings(null, null, useDefaultCredentials: false);
            Proxy = proxySettings.Address;
            ConnectedAt = DateTime.Now;
            _http = http ?? HttpClientFactory.Create(proxySettings);
            Authenticator = authenticatorFactory(_http);
            Transport = new MimecastTransport(_http, baseUri, Authenticator, RetryPolicy.Default(maxRetryCount), requestTimeout, MaxWait,
                clock ?? new SystemClock(), () => ProxySecrets(proxySettings));
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

        /// <summary>The longest single wait (a server's Retry-After, a quota window) before a request fails instead.</summary>
        public TimeSpan MaxWait { get; }

        /// <summary>The proxy named with -Proxy (without any user info); null for the system proxy.</summary>
        public Uri? Proxy { get; }

        public DateTime ConnectedAt { get; }

        internal IRequestAuthenticator Authenticator { get; }

        internal MimecastTransport Transport { get; }

        /// <summary>What each endpoint was seen to accept: later cmdlets in the session start there instead of rediscovering a cap.</summary>
        internal EndpointBatchSizes BatchSizes { get; } = new EndpointBatchSizes();

        /// <summary>
        /// Set by Connect-Mimecast -PassThru: the caller keeps the session in a variable, so replacing or forgetting the
        /// default session does not retire it (the help promises it stays usable with -Session).
        /// </summary>
        internal bool HeldByCaller { get; set; }

        internal Task VerifyAsync(IRequestLog log, CancellationToken cancellationToken) => Authenticator.VerifyAsync(Transport, log, cancellationToken);

        /// <summary>
        /// A command starts using the session (BeginProcessing); pair with <see cref="Release"/> when it ends, however it ends.
        /// Throws a <see cref="MimecastApiException"/> that says "this session was disconnected" when it already was.
        /// </summary>
        internal void Acquire()
        {
            lock (_lifetimeLock)
            {
                if (_disposed)
                {
                    Transport.ThrowIfDisconnected(string.Empty);
                }
                _users++;
            }
        }

        /// <summary>A command is done with the session; the last one out disposes a retired session.</summary>
        internal void Release()
        {
            lock (_lifetimeLock)
            {
                _users--;
                DisposeIfRetiredAndUnused();
            }
        }

        /// <summary>
        /// Nothing new will be given this session (Disconnect-Mimecast, or a newer default): it is disposed at once,
        /// or when the last command using it ends.
        /// </summary>
        internal void Retire()
        {
            lock (_lifetimeLock)
            {
                _retired = true;
                DisposeIfRetiredAndUnused();
            }
        }

        public override string ToString() => "Mimecast API " + ApiVersion + " session (" + Identity + " at " + BaseUri.GetLeftPart(UriPartial.Authority) + ")";

        /// <summary>Retires the session: it is disposed once no running command uses it.</summary>
        public void Dispose() => Retire();

        private void DisposeIfRetiredAndUnused()
        {
            if (!_retired || _users > 0 || _disposed)
            {
                return;
            }
            _disposed = true;
            Transport.Disconnect();
            _http.Dispose();
        }

        private static IEnumerable<string?> ProxySecrets(ProxySettings proxy)
        {
            yield return proxy.Credential?.Password;
        }
    }
}
