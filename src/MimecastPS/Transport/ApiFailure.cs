using System;
using System.Text;

namespace MimecastPS.Transport
{
    /// <summary>Why a whole request did not run: what Mimecast (or the network) said, and what to do about it.</summary>
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
        public string Code { get; }

        public string Message { get; }

        /// <summary>How long the server asked us to wait (X-RateLimit-Reset, Retry-After).</summary>
        public TimeSpan? RetryAfter { get; }

        public string? Hint { get; }

        public int Attempts { get; }

        public bool IsRetryable => Kind == FailureKind.RateLimited || Kind == FailureKind.Server || Kind == FailureKind.Network || Kind == FailureKind.Timeout;

        /// <summary>
        /// A failure that no other row could escape either: bad or expired credentials, a missing
        /// permission for the endpoint, an unknown path. Carrying on would only repeat it for every row.
        /// A 403 that names an address is about that row and is not fatal.
        /// </summary>
        public bool DoomsEveryRow =>
            Kind == FailureKind.Authentication
            || Kind == FailureKind.BindingExpired
            || Kind == FailureKind.NotFound
            || (Kind == FailureKind.Forbidden && !Code.EndsWith("_for_address", StringComparison.OrdinalIgnoreCase));

        public ApiFailure WithHint(string hint) => new ApiFailure(Kind, Path, HttpStatus, Code, Message, RetryAfter, hint, Attempts);

        public ApiFailure WithAttempts(int attempts) => new ApiFailure(Kind, Path, HttpStatus, Code, Message, RetryAfter, Hint, attempts);

        public string Describe()
        {
            var text = new StringBuilder();
            text.Append(HttpStatus == 0 ? "No answer from Mimecast for " : "Mimecast answered HTTP " + HttpStatus + " to ");
            text.Append("POST ").Append(Path).Append(": ").Append(Code);
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
            return text.ToString();
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
                case FailureKind.Timeout:
                    return "The request may still have been carried out; check before sending it again.";
                default:
                    return null;
            }
        }
    }
}
