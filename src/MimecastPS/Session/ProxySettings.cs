using System;
using System.Net;

namespace MimecastPS.Session
{
    /// <summary>
    /// How a session reaches Mimecast through a proxy: the system proxy unless <see cref="Address"/> names one,
    /// signed in with <see cref="Credential"/>, or as the current Windows user, or not at all.
    /// </summary>
    internal sealed class ProxySettings
    {
        public ProxySettings(Uri? address, NetworkCredential? credential, bool useDefaultCredentials)
        {
            Address = address;
            Credential = credential;
            UseDefaultCredentials = useDefaultCredentials;
        }

        /// <summary>The proxy to use instead of the system proxy; never holds user info (it went into <see cref="Credential"/>).</summary>
        public Uri? Address { get; }

        public NetworkCredential? Credential { get; }

        /// <summary>Sign in to the proxy as the current Windows user (NTLM, Kerberos).</summary>
        public bool UseDefaultCredentials { get; }

        /// <summary>
        /// Settings from Connect-Mimecast's -Proxy, -ProxyCredential and -ProxyUseDefaultCredentials. A proxy URL with
        /// user info (http://user:pass@proxy:8080, as HTTP_PROXY variables are often written) gives the credential;
        /// no message ever repeats the URL as given.
        /// </summary>
        public static ProxySettings From(Uri? proxy, NetworkCredential? credential, bool useDefaultCredentials)
        {
            if (credential != null && useDefaultCredentials)
            {
                throw new ArgumentException("Give either -ProxyCredential or -ProxyUseDefaultCredentials, not both.");
            }
            if (proxy == null)
            {
                return new ProxySettings(null, credential, useDefaultCredentials);
            }
            if (!proxy.IsAbsoluteUri || (proxy.Scheme != Uri.UriSchemeHttp && proxy.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("-Proxy must be an absolute http or https URL such as http://proxy.contoso.com:8080.");
            }
            if (proxy.UserInfo.Length > 0)
            {
                if (credential != null || useDefaultCredentials)
                {
                    throw new ArgumentException("-Proxy holds a user name and password, and -ProxyCredential or -ProxyUseDefaultCredentials was given too: give the proxy's credentials once.");
                }
                string[] parts = proxy.UserInfo.Split(new[] { ':' }, 2);
                credential = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            }
            // Uri.Authority, unlike GetLeftPart(UriPartial.Authority), leaves the user info out.
            return new ProxySettings(new Uri(proxy.Scheme + "://" + proxy.Authority + "/"), credential, useDefaultCredentials);
        }
    }
}
