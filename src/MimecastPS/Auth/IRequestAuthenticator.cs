using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Transport;

namespace MimecastPS.Auth
{
    /// <summary>
    /// The pluggable half of a session: how a request proves who sends it. API 1.0 signs every
    /// request; API 2.0 attaches a bearer token. The transport and the cmdlets only see this.
    /// </summary>
    internal interface IRequestAuthenticator
    {
        /// <summary>"1.0" or "2.0".</summary>
        string ApiVersion { get; }

        /// <summary>Who is calling, safe to show (never a secret).</summary>
        string Identity { get; }

        /// <summary>
        /// Adds the authentication headers for one attempt. Returns the credential that was used,
        /// so that a rejection can be matched to it (a token refreshed meanwhile is not refreshed again).
        /// </summary>
        Task<object?> AuthenticateAsync(HttpRequestMessage request, string path, IRequestLog log, CancellationToken cancellationToken);

        /// <summary>
        /// Called when the API rejected <paramref name="usedCredential"/> with a 401 that a new credential
        /// may cure (an expired token). True when the request is worth sending once more.
        /// </summary>
        Task<bool> RecoverFromRejectionAsync(object? usedCredential, ApiFailure failure, CancellationToken cancellationToken);

        /// <summary>
        /// The secrets behind this authenticator as text (keys, client secret, the current token), so that an answer
        /// or error that echoes one can be masked. Revealed only when some text has to be checked.
        /// </summary>
        IEnumerable<string> SecretValues();

        /// <summary>Checks once that the credentials work, throwing a message that says what to check.</summary>
        Task VerifyAsync(MimecastTransport transport, IRequestLog log, CancellationToken cancellationToken);
    }
}
