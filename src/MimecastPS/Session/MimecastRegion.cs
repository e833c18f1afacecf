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
                    + " regions are: " + string.Join(", ", hosts.Keys) + ". Use -BaseUri for any other host.");
            }
            return new Uri("https://" + host + "/");
        }

        /// <summary>
        /// Checks a user-given base URI (<paramref name="source"/> names where it came from: -BaseUri or
        /// MIMECAST_BASE_URI): absolute, no user info, no path, query or fragment, and https unless the host is
        /// loopback (the sandbox), so keys and tokens never cross a network in clear text. A URI with user info is
        /// refused without repeating it: what looks like a user name may be followed by a password.
        /// </summary>
        public static Uri ValidateBaseUri(Uri baseUri, string source)
        {
            if (!baseUri.IsAbsoluteUri)
            {
                throw new ArgumentException(source + " '" + baseUri + "' is not an absolute URI such as https://eu-api.mimecast.com.");
            }
            if (baseUri.UserInfo.Length > 0)
            {
                throw new ArgumentException(source + " holds a user name or password (user:password@host). Give only the scheme and host, such as https://eu-api.mimecast.com; "
                    + "credentials go in -ClientId and -ClientSecret, or the API 1.0 keys.");
            }
            if (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException(source + " '" + baseUri + "' must use https.");
            }
            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                throw new ArgumentException(source + " '" + baseUri + "' uses plain http, which would send credentials in clear text. Use https (plain http is allowed only for a loopback host such as the sandbox).");
            }
            if (baseUri.AbsolutePath != "/" || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0)
            {
                throw new ArgumentException(source + " '" + baseUri + "' must be only scheme and host (such as https://eu-api.mimecast.com), without a path, query or fragment: the cmdlets add the API paths.");
            }
            return new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/");
        }

        public static IEnumerable<string> Names(bool api2) => (api2 ? Api2Hosts : Api1Hosts).Keys.ToList();
    }
}
