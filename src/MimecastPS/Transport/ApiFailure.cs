using System;
using System.Globalization;
using System.Text;

namespace MimecastPS.Transport
{
    /// <summary>Why a whole request did not run (or may not have): what Mimecast, a proxy or the network said, and what to do about it.</summary>
    internal sealed class ApiFailure
    {
        public ApiFailure(FailureKind kind, string path, int httpStatus, string code, string message, TimeSpan? retryAfter = null, string? hint = null, int attempts = 1)
        {
            Kind = kind;
            Path = path;
            HttpStatus = httpStatus;
            Code = code;
            Message = message;
            RetryAfter = retryAfter;
            Hint = hint;
            Attempts = attempts;
        }

        public FailureKind Kind { get; }

        public string Path { get; }

        /// <summary>0 when no answer arrived.</summary>
        public int HttpStatus { get; }

        /// <summary>Mimecast's code (err_xdk_invalid_signature, token_expired, invalid_client) or the module's own.</summary>
        public string Code { get; private set; }

        /// <summary>What was said, with every known secret masked (see <see cref="SecretValues"/>).</summary>
        public string Message { get; private set; }

        /// <summary>How long the server asked us to wait (X-RateLimit-Reset, Retry-After).</summary>
        public TimeSpan? RetryAfter { get; }

        public string? Hint { get; private set; }

        public int Attempts { get; private set; }

        /// <summary>
        /// Set when an attempt of this request may have been carried out (it got no answer, timed out or met a 500,
        /// 502 or 504), in words such as "an attempt got no answer (...)": whatever failed at the end, the request
        /// may have done its work once already.
        /// </summary>
        public string? EarlierAttemptMayHaveRun { get; private set; }

        public bool IsRetryable => Kind == FailureKind.RateLimited || Kind == FailureKind.Server || Kind == FailureKind.Network || Kind == FailureKind.Timeout;

        /// <summary>
        /// Whether this attempt may have been carried out although it did not report success: the connection
        /// broke or the time ran out after sending, or the server failed in a way that does not say it did nothing
        /// (500, 502, 504, or a 2xx whose meta.status is 5xx). 429 and 503 mean "not executed".
        /// </summary>
        public bool MayHaveRun =>
            Kind == FailureKind.Network
            || Kind == FailureKind.Timeout
            || (Kind == FailureKind.Server && HttpStatus != 503 && HttpStatus != 501 && HttpStatus != 505);

        /// <summary>
        /// A failure that no other row could escape either: bad or expired credentials, a missing permission for
        /// the endpoint, an unknown path, a redirect away from the API, a proxy that wants credentials, a session
        /// that was disconnected. Carrying on would only repeat it for every row. Whether a 403 is about the
        /// endpoint or about one address is the code's to say (<see cref="MimecastErrorCodes"/>).
        /// </summary>
        public bool DoomsEveryRow =>
            Kind == FailureKind.Authentication
            || Kind == FailureKind.BindingExpired
            || Kind == FailureKind.NotFound
            || Kind == FailureKind.Redirected
            || Kind == FailureKind.ProxyAuthentication
            || Kind == FailureKind.Disconnected
            || (Kind == FailureKind.Forbidden && MimecastErrorCodes.DoomsEveryRow(Code, 403));

        public ApiFailure WithHint(string hint) => Copy(c => c.Hint = hint);

        public ApiFailure WithAttempts(int attempts) => Copy(c => c.Attempts = attempts);

        public ApiFailure AfterAmbiguousAttempt(string? reason) => reason == null ? this : Copy(c => c.EarlierAttemptMayHaveRun = reason);

        /// <summary>The same failure with <paramref name="secrets"/> masked in everything it will show.</summary>
        public ApiFailure RedactedBy(SecretValues secrets) => Copy(c =>
        {
            c.Code = secrets.Redact(Code);
            c.Message = secrets.Redact(Message);
        });

        public string Describe()
        {
            var text = new StringBuilder(Prefix());
            text.Append(Code);
            if (!string.IsNullOrEmpty(Message))
            {
                text.Append(": ").Append(Message.TrimEnd('.')).Append('.');
            }
            if (Attempts > 1)
            {
                text.Append(" (after ").Append(Attempts).Append(" attempts)");
            }
            string? hint = Hint ?? DefaultHint();
            if (hint != null)
            {
                text.Append(' ').Append(hint);
            }
            if (EarlierAttemptMayHaveRun != null)
            {
                text.Append(" It may have been carried out all the same (").Append(EarlierAttemptMayHaveRun)
                    .Append("): check before sending it again.");
            }
            return text.ToString();
        }

        private string Prefix()
        {
            if (Path.Length == 0)
            {
                // Not about any one request: a session used after it was disconnected.
                return string.Empty;
            }
            string request = "POST " + Path + ": ";
            if (HttpStatus != 0)
            {
                return "Mimecast answered HTTP " + HttpStatus.ToString(CultureInfo.InvariantCulture) + " to " + request;
            }
            return Kind == FailureKind.Network || Kind == FailureKind.Timeout || Kind == FailureKind.OutcomeUnknown
                ? "No answer from Mimecast for " + request
                : "Not sent: " + request;
        }

        private ApiFailure Copy(Action<ApiFailure> change)
        {
            var copy = (ApiFailure)MemberwiseClone();
            change(copy);
            return copy;
        }

        private string? DefaultHint()
        {
            switch (Kind)
            {
                case FailureKind.Authentication:
                    return "The credentials were refused: check them and run Connect-Mimecast again.";
                case FailureKind.BindingExpired:
                    return "The API 1.0 keys have expired (the administrator's authentication profile lifetime lapsed, or the password changed): create new keys and run Connect-Mimecast again.";
                case FailureKind.Forbidden:
                    return "The administrator behind this session lacks the permission this endpoint needs.";
                case FailureKind.NotFound:
                    return "Check the path, and that -Region or -BaseUri points at the account's Mimecast API host.";
                case FailureKind.RateLimited:
                    return "Mimecast's rate limit was still exceeded after every retry: run again later, or lower -ThrottleLimit.";
                case FailureKind.UnreadableAnswer:
                    return "A proxy or firewall between this computer and Mimecast may have answered instead of Mimecast.";
                case FailureKind.OutcomeUnknown:
                    return "It may have been carried out, and sending it again could do it twice: check whether it was before sending it again.";
                default:
                    return null;
            }
        }
    }
}
