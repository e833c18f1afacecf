namespace MimecastPS.Transport
{
    internal enum FailureKind
    {
        /// <summary>401: the credentials were refused.</summary>
        Authentication,
        /// <summary>403: the caller may not do this.</summary>
        Forbidden,
        /// <summary>418: the API 1.0 binding expired.</summary>
        BindingExpired,
        /// <summary>429: the rate limit was hit; nothing was executed.</summary>
        RateLimited,
        /// <summary>5xx, or a 200 whose meta.status is 5xx.</summary>
        Server,
        /// <summary>The connection failed or was dropped.</summary>
        Network,
        /// <summary>No answer within the request timeout.</summary>
        Timeout,
        /// <summary>An answer that is not a Mimecast envelope (an HTML proxy page, an empty or truncated body).</summary>
        UnreadableAnswer,
        /// <summary>400 and other 4xx: the request as a whole was refused.</summary>
        Rejected,
        /// <summary>404: no such endpoint.</summary>
        NotFound,
        /// <summary>
        /// An attempt may have been carried out (no answer, a timeout, a 500, 502 or 504) and the request is not
        /// safe to send again (<see cref="ApiRequest.SafeToResend"/> is false): its outcome is unknown.
        /// </summary>
        OutcomeUnknown,
        /// <summary>The server asked for a wait longer than the session's cap; nothing was sent again.</summary>
        WaitTooLong,
        /// <summary>A 3xx: the base URI is not the API host (or a captive portal answered). Dooms every row.</summary>
        Redirected,
        /// <summary>A 407 from a proxy that wants credentials. Dooms every row.</summary>
        ProxyAuthentication,
        /// <summary>The session was disconnected (Disconnect-Mimecast, or a newer Connect-Mimecast replaced it). Dooms every row.</summary>
        Disconnected,
    }
}
