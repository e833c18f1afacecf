using System;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace MimecastPS.Session
{
    /// <summary>The one HttpClient a session keeps for its whole life (sockets are reused across requests).</summary>
    internal static class HttpClientFactory
    {
        private const int MaxConnections = 64;
        private const long MaxAnswerBytes = 64L * 1024 * 1024;

        public static HttpClient Create(ProxySettings proxy)
        {
            var client = new HttpClient(CreateHandler(proxy), disposeHandler: true)
            {
                // Each attempt has its own timeout in the transport; the client's would cut retries short.
                Timeout = Timeout.InfiniteTimeSpan,
                // A proxy answering with a huge page must not exhaust memory.
                MaxResponseContentBufferSize = MaxAnswerBytes,
            };
            client.DefaultRequestHeaders.UserAgent.ParseAdd("MimecastPS/" + typeof(HttpClientFactory).Assembly.GetName().Version);
            return client;
        }

        private static HttpMessageHandler CreateHandler(ProxySettings proxy)
        {
            var handler = new HttpClientHandler
            {
                UseCookies = false,
                // A redirected POST would be re-sent elsewhere, or lose its Authorization header.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                // Proxy left null: the system proxy (Internet Options on Windows, HTTP(S)_PROXY elsewhere).
                UseProxy = true,
            };
            ICredentials? proxyCredentials = proxy.UseDefaultCredentials ? CredentialCache.DefaultCredentials : proxy.Credential;
            if (proxy.Address != null)
            {
                // Loopback is not bypassed: a proxy named explicitly is used for every request, as asked.
                handler.Proxy = new WebProxy(proxy.Address) { Credentials = proxyCredentials, BypassProxyOnLocal = false };
            }
            else if (proxyCredentials != null)
            {
                handler.DefaultProxyCredentials = proxyCredentials;
            }
            // .NET Framework (Windows PowerShell 5.1) allows 2 connections per host unless told otherwise:
            // requests in flight together would silently queue behind two sockets.
            handler.MaxConnectionsPerServer = MaxConnections;
            return handler;
        }
    }
}
