using System;
using System.Management.Automation;
using System.Net.Http;
using System.Security;
using MimecastPS.Auth;
using MimecastPS.Binding;
using MimecastPS.Session;
using MimecastPS.Transport;

namespace MimecastPS.Commands
{
    /// <summary>Connects to a Mimecast account with API 1.0 keys or API 2.0 client credentials, and makes the session the default.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Mimecast", DefaultParameterSetName = EnvironmentSet, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Connect-Mimecast.md")]
    [OutputType(typeof(MimecastSession))]
    public sealed class ConnectMimecastCommand : MimecastCmdlet
    {
        internal const string KeysSet = "Keys";
        internal const string KeysCredentialSet = "KeysCredential";
        internal const string ClientSecretSet = "ClientSecret";
        internal const string ClientCredentialSet = "ClientCredential";
        internal const string EnvironmentSet = "Environment";

        [Parameter(Mandatory = true, ParameterSetName = KeysSet)]
        [ValidateNotNullOrEmpty]
        public string AccessKey { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = KeysSet)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeysCredentialSet)]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeysSet)]
        [Parameter(Mandatory = true, ParameterSetName = KeysCredentialSet)]
        [ValidateNotNullOrEmpty]
        public string AppId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = KeysSet)]
        [Parameter(Mandatory = true, ParameterSetName = KeysCredentialSet)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? AppKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? ClientSecret { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ClientCredentialSet)]
        [ValidateNotNull]
        public PSCredential? ClientCredential { get; set; }

        [Parameter]
        [ValidateSet("EU", "DE", "US", "USB", "CA", "ZA", "AU", "Offshore", "USPCOM", "Global", "UK", IgnoreCase = true)]
        public string? Region { get; set; }

        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaxRetryCount { get; set; } = 5;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 60;

        /// <summary>The longest single wait (a server's Retry-After or quota window) before a request fails instead of waiting.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int MaxWaitSec { get; set; } = (int)MimecastSession.DefaultMaxWait.TotalSeconds;

        /// <summary>The proxy to use instead of the system proxy.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        [Parameter]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Signs in to the proxy as the current Windows user (NTLM or Kerberos).</summary>
        [Parameter]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        [Parameter]
        public SwitchParameter SkipValidation { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            MimecastSession session;
            try
            {
                session = CreateSession();
            }
            catch (ArgumentException e)
            {
                ThrowTerminating(e, "InvalidConnectionArgument", ErrorCategory.InvalidArgument);
                return;
            }
            if (!SkipValidation)
            {
                try
                {
                    Await(session.VerifyAsync(Log, StopToken));
                }
                catch (MimecastApiException e)
                {
                    session.Dispose();
                    ThrowTerminating(e, e.Code, Pipeline.ErrorCategories.ForFailure(e.Failure));
                }
            }
            // A session given to the caller is theirs to keep; one only the runspace holds is retired when replaced.
            session.HeldByCaller = PassThru;
            DefaultSessionStore.Replace(session);
            WriteVerbose("Connected: " + session + (session.Proxy == null ? "" : " through the proxy " + session.Proxy));
            if (PassThru)
            {
                WriteObject(session);
            }
        }

        private MimecastSession CreateSession()
        {
            var environment = new EnvironmentCredentials();
            bool api2 = ParameterSetName == ClientSecretSet || ParameterSetName == ClientCredentialSet
                || (ParameterSetName == EnvironmentSet && environment.HasApi2);
            if (ParameterSetName == EnvironmentSet && !environment.HasApi2 && !environment.HasApi1)
            {
                string? incomplete = environment.Incomplete();
                if (incomplete != null)
                {
                    throw new ArgumentException("No complete credentials were given: " + incomplete + ". Set the missing variable(s), or pass the credentials as parameters "
                        + "(-ClientId and -ClientSecret for API 2.0; -AccessKey, -SecretKey, -AppId and -AppKey for API 1.0).");
                }
                throw new ArgumentException("No credentials were given. Pass -ClientId and -ClientSecret (API 2.0) or -AccessKey, -SecretKey, -AppId and -AppKey (API 1.0), "
                    + "or set the environment variables MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (or MIMECAST_ACCESS_KEY, MIMECAST_SECRET_KEY, MIMECAST_APP_ID and MIMECAST_APP_KEY).");
            }

            Uri baseUri = ResolveBaseUri(api2, environment);
            var proxy = ProxySettings.From(Proxy, ProxyCredential?.GetNetworkCredential(), ProxyUseDefaultCredentials);
            var timeout = TimeSpan.FromSeconds(TimeoutSec);
            Func<HttpClient, IRequestAuthenticator> authenticator;
            switch (ParameterSetName)
            {
                case KeysSet:
                    authenticator = _ => new HmacRequestSigner(AccessKey, SecretKey!, AppId, AppKey!);
                    break;
                case KeysCredentialSet:
                    authenticator = _ => new HmacRequestSigner(Credential!.UserName, Credential.Password, AppId, AppKey!);
                    break;
                case ClientSecretSet:
                    authenticator = http => new OAuthTokenSource(ClientId, ClientSecret!, http, baseUri, timeout);
                    break;
                case ClientCredentialSet:
                    authenticator = http => new OAuthTokenSource(ClientCredential!.UserName, ClientCredential.Password, http, baseUri, timeout);
                    break;
                default:
                    authenticator = environment.CreateAuthenticator(api2, baseUri, timeout);
                    break;
            }
            return new MimecastSession(baseUri, BaseUri == null ? EffectiveRegion(api2, environment) : null, authenticator, MaxRetryCount, timeout,
                TimeSpan.FromSeconds(MaxWaitSec), proxy);
        }

        private Uri ResolveBaseUri(bool api2, EnvironmentCredentials environment)
        {
            if (BaseUri != null)
            {
                return MimecastRegion.ValidateBaseUri(BaseUri, "-BaseUri");
            }
            if (Region == null && environment.BaseUri != null)
            {
                return MimecastRegion.ValidateBaseUri(environment.BaseUri, "MIMECAST_BASE_URI");
            }
            string? region = EffectiveRegion(api2, environment);
            if (region == null)
            {
                throw new ArgumentException("API 1.0 keys belong to one region: give -Region (" + string.Join(", ", MimecastRegion.Names(api2: false))
                    + ") or -BaseUri, or set MIMECAST_REGION.");
            }
            return MimecastRegion.BaseUriFor(region, api2);
        }

        private string? EffectiveRegion(bool api2, EnvironmentCredentials environment)
            => Region ?? environment.Region ?? (api2 ? MimecastRegion.DefaultApi2Region : null);
    }
}
