namespace MimecastPS.Sandbox;

/// <summary>One request as the sandbox saw it. Filled in as the request is processed.</summary>
public sealed class ReceivedRequest
{
    internal ReceivedRequest(DateTimeOffset at, string method, string path, string? authorizationScheme,
        string? requestId, string? accessToken, string body)
    {
        At = at;
        Method = method;
        Path = path;
        AuthorizationScheme = authorizationScheme;
        RequestId = requestId;
        AccessToken = accessToken;
        Body = body;
    }

    public DateTimeOffset At { get; }
    public string Method { get; }
    public string Path { get; }

    /// <summary>"MC", "Bearer", another scheme as sent, or null without an Authorization header.</summary>
    public string? AuthorizationScheme { get; }

    /// <summary>The x-mc-req-id header.</summary>
    public string? RequestId { get; }

    /// <summary>The bearer token, if any.</summary>
    public string? AccessToken { get; }

    public string Body { get; }

    /// <summary>Items in the body's "data" array; 0 if none or unparseable.</summary>
    public int ItemCount { get; internal set; }

    /// <summary>The HTTP status answered; 0 while in progress or if the connection was dropped.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The fault(s) applied to this request, comma separated (e.g. "OmitOutcome,Truncated"), or null.</summary>
    public string? InjectedFault { get; internal set; }

    internal void AddFault(FaultKind kind) =>
        InjectedFault = InjectedFault is null ? kind.ToString() : $"{InjectedFault},{kind}";
}
