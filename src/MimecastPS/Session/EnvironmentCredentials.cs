using System;
using System.Linq;
using System.Net.Http;
using MimecastPS.Auth;

namespace MimecastPS.Session
{
    /// <summary>
    /// Credentials from environment variables, for scheduled tasks and CI with nobody to type them.
    /// API 2.0's pair wins when both kinds are set: it is the one Mimecast still issues.
    /// </summary>
    internal sealed class EnvironmentCredentials
    {
        public EnvironmentCredentials()
        {
            ClientId = Read("MIMECAST_CLIENT_ID");
            ClientSecret = Read("MIMECAST_CLIENT_SECRET");
            AccessKey = Read("MIMECAST_ACCESS_KEY");
            SecretKey = Read("MIMECAST_SECRET_KEY");
            AppId = Read("MIMECAST_APP_ID");
            AppKey = Read("MIMECAST_APP_KEY");
            Region = Read("MIMECAST_REGION");
            string? baseUri = Read("MIMECAST_BASE_URI");
            if (baseUri != null)
            {
                if (!Uri.TryCreate(baseUri, UriKind.Absolute, out Uri? parsed))
                {
                    // Masked: a malformed value may still carry user info with a password in it.
                    throw new ArgumentException("MIMECAST_BASE_URI '" + Transport.SecretValues.None.Redact(baseUri) + "' is not an absolute URI such as https://eu-api.mimecast.com.");
                }
                BaseUri = parsed;
            }
        }

        public string? ClientId { get; }

        private string? ClientSecret { get; }

        private string? AccessKey { get; }

        private string? SecretKey { get; }

        private string? AppId { get; }

        private string? AppKey { get; }

        public string? Region { get; }

        public Uri? BaseUri { get; }

        public bool HasApi2 => ClientId != null && ClientSecret != null;

        public bool HasApi1 => AccessKey != null && SecretKey != null && AppId != null && AppKey != null;

        /// <summary>
        /// When some of a kind's variables are set but not all: which are missing, in a sentence
        /// ("MIMECAST_CLIENT_ID is set but MIMECAST_CLIENT_SECRET is not"). Null when no set is half given.
        /// </summary>
        public string? Incomplete()
        {
            string? api2 = Missing(("MIMECAST_CLIENT_ID", ClientId), ("MIMECAST_CLIENT_SECRET", ClientSecret));
            string? api1 = Missing(("MIMECAST_ACCESS_KEY", AccessKey), ("MIMECAST_SECRET_KEY", SecretKey), ("MIMECAST_APP_ID", AppId), ("MIMECAST_APP_KEY", AppKey));
            return api2 ?? api1;
        }

        private static string? Missing(params (string Name, string? Value)[] variables)
        {
            var set = variables.Where(v => v.Value != null).Select(v => v.Name).ToList();
            var unset = variables.Where(v => v.Value == null).Select(v => v.Name).ToList();
            if (set.Count == 0 || unset.Count == 0)
            {
                return null;
            }
            return string.Join(" and ", set) + (set.Count == 1 ? " is" : " are") + " set but " + string.Join(" and ", unset) + (unset.Count == 1 ? " is" : " are") + " not";
        }

        public Func<HttpClient, IRequestAuthenticator> CreateAuthenticator(bool api2, Uri baseUri, TimeSpan timeout)
        {
            if (api2)
            {
                var secret = ClientSecret!.ToSecureString();
                string clientId = ClientId!;
                return http => new OAuthTokenSource(clientId, secret, http, baseUri, timeout);
            }
            var secretKey = SecretKey!.ToSecureString();
            var appKey = AppKey!.ToSecureString();
            string accessKey = AccessKey!, appId = AppId!;
            return _ => new HmacRequestSigner(accessKey, secretKey, appId, appKey);
        }

        private static string? Read(string name)
        {
            string? value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}
