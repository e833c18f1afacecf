using System;
using System.Collections.Generic;
using System.Linq;

namespace MimecastPS.Session
{
    /// <summary>Mimecast's regional API hosts. API 1.0 and API 2.0 have different hosts and region names.</summary>
    internal static class MimecastRegion
    {
        public const string DefaultApi2Region = "Global";

        private static readonly Dictionary<string, string> Api1Hosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["EU"] = "eu-api.mimecast.com",
            ["DE"] = "de-api.mimecast.com",
            ["US"] = "us-api.mimecast.com",
            ["USB"] = "usb-api.mimecast.com",
            ["CA"] = "ca-api.mimecast.com",
            ["ZA"] = "za-api.mimecast.com",
            ["AU"] = "au-api.mimecast.com",
            // Mimecast documents je-api; one third-party guide says jer-api. -BaseUri covers a tenant that differs.
            ["Offshore"] = "je-api.mimecast.com",
            ["USPCOM"] = "uspcom-api.mimecast-pscom-us.com",
        };

        private static readonly Dictionary<string, string> Api2Hosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Global"] = "api.services.mimecast.com",
            ["UK"] = "uk-api.services.mimecast.com",
            ["US"] = "us-api.services.mimecast.com",
        };

        public static Uri BaseUriFor(string region, bool api2)
        {
            var hosts = api2 ? Api2Hosts : Api1Hosts;
            if (!hosts.TryGetValue(region, out string? host))
            {
                throw new ArgumentException("Region '" + region + "' has no API " + (api2 ? "2.0" : "1.0") + " host. API " + (api2 ? "2.0" : "1.0")
                    + " regions are: " + string.Join(", ", hosts.Keys) + ". Use -BaseUri for any other host.", nameof(region));
            }
            return new Uri("https://" + host + "/");
        }

        /// <summary>
        /// Checks a user-given base URI: absolute, no path, query or fragment, and https unless the host is
        /// loopback (the sandbox), so keys and tokens never cross a network in clear text.
        /// </summary>
        public static Uri ValidateBaseUri(Uri baseUri)
        {
            if (!baseUri.IsAbsoluteUri)
            {
                throw new ArgumentException("BaseUri '" + baseUri + "' is not an absolute URI such as https://eu-api.mimecast.com.", nameof(baseUri));
            }
            if (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException("BaseUri '" + baseUri + "' must use https.", nameof(baseUri));
            }
            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                throw new ArgumentException("BaseUri '" + baseUri + "' uses plain http, which would send credentials in clear text. Use https (plain http is allowed only for a loopback host such as the sandbox).", nameof(baseUri));
            }
            if (baseUri.AbsolutePath != "/" || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0)
            {
                throw new ArgumentException("BaseUri '" + baseUri + "' must be only scheme and host (such as https://eu-api.mimecast.com), without a path, query or fragment: the cmdlets add the API paths.", nameof(baseUri));
            }
            return new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/");
        }

        public static IEnumerable<string> Names(bool api2) => (api2 ? Api2Hosts : Api1Hosts).Keys.ToList();
    }
}
