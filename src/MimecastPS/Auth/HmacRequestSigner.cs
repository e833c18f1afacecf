using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Transport;

namespace MimecastPS.Auth
{
    /// <summary>API 1.0: every attempt carries a fresh date and request id and an HMAC-SHA1 signature over them.</summary>
    internal sealed class HmacRequestSigner : IRequestAuthenticator
    {
        internal const string VerificationPath = "/api/account/get-account";

        private readonly string _accessKey;
        private readonly SecureString _secretKey;
        private readonly string _appId;
        private readonly SecureString _appKey;
        private readonly Func<DateTimeOffset> _clock;

        public HmacRequestSigner(string accessKey, SecureString secretKey, string appId, SecureString appKey, Func<DateTimeOffset>? clock = null)
        {
            if (string.IsNullOrWhiteSpace(accessKey)) throw new ArgumentException("The access key is empty.");
            if (string.IsNullOrWhiteSpace(appId)) throw new ArgumentException("The application ID (AppId) is empty.");
            if (secretKey == null || secretKey.Length == 0) throw new ArgumentException("The secret key is empty.");
            if (appKey == null || appKey.Length == 0) throw new ArgumentException("The application key (AppKey) is empty.");
            if (!IsBase64(secretKey.Reveal()))
            {
                throw new ArgumentException("The secret key is not Base64 text. Copy it exactly as Mimecast showed it when the keys were created.");
            }

            _accessKey = accessKey.Trim();
            _secretKey = secretKey.Copy();
            _secretKey.MakeReadOnly();
            _appId = appId.Trim();
            _appKey = appKey.Copy();
            _appKey.MakeReadOnly();
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        public string ApiVersion => "1.0";

        public string Identity => MaskAccessKey(_accessKey);

        public Task<object?> AuthenticateAsync(HttpRequestMessage request, string path, IRequestLog log, CancellationToken cancellationToken)
        {
            string date = FormatDate(_clock());
            string requestId = Guid.NewGuid().ToString();
            string signature = Sign(Convert.FromBase64String(_secretKey.Reveal()), date, requestId, path, _appKey.Reveal());

            request.Headers.TryAddWithoutValidation("Authorization", "MC " + _accessKey + ":" + signature);
            request.Headers.TryAddWithoutValidation("x-mc-date", date);
            request.Headers.TryAddWithoutValidation("x-mc-req-id", requestId);
            request.Headers.TryAddWithoutValidation("x-mc-app-id", _appId);
            return Task.FromResult<object?>(null);
        }

        public IEnumerable<string> SecretValues() => new[] { _secretKey.Reveal(), _appKey.Reveal(), _accessKey };

        public Task<bool> RecoverFromRejectionAsync(object? usedCredential, ApiFailure failure, CancellationToken cancellationToken)
            => Task.FromResult(false);

        public async Task VerifyAsync(MimecastTransport transport, IRequestLog log, CancellationToken cancellationToken)
        {
            try
            {
                await transport.SendAsync(ApiRequest.ForItems(VerificationPath, Array.Empty<Newtonsoft.Json.Linq.JObject>()), log, cancellationToken).ConfigureAwait(false);
            }
            catch (MimecastApiException e) when (e.Failure.HttpStatus == 401 || e.Failure.HttpStatus == 403)
            {
                throw new MimecastApiException(e.Failure.WithHint(
                    "Check the access key and secret key (a new binding replaces old keys, and changing the admin's password revokes them), " +
                    "the application ID and key, that -Region or -BaseUri names the account's region, and that this computer's clock is right."), e);
            }
        }

        /// <summary>
        /// English day and month names whatever the culture: Windows PowerShell on a German or French
        /// system would otherwise send "Di, 24 Nov" and every signature would be refused.
        /// </summary>
        internal static string FormatDate(DateTimeOffset now)
            => now.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        internal static string Sign(byte[] secretKey, string date, string requestId, string path, string appKey)
        {
            using (var hmac = new HMACSHA1(secretKey))
            {
                byte[] message = Encoding.UTF8.GetBytes(date + ":" + requestId + ":" + path + ":" + appKey);
                return Convert.ToBase64String(hmac.ComputeHash(message));
            }
        }

        private static bool IsBase64(string text)
        {
            if (text.Length == 0 || text.Length % 4 != 0) return false;
            try
            {
                Convert.FromBase64String(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static string MaskAccessKey(string accessKey)
            => accessKey.Length <= 8 ? accessKey.Substring(0, Math.Min(2, accessKey.Length)) + "…" : accessKey.Substring(0, 6) + "…";
    }
}
