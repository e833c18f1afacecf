using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace MimecastPS.Sandbox;

/// <summary>Checks an API 1.0 signed request, in the order a client can act on: headers, keys, date, replay, signature.</summary>
internal sealed class SignedRequestAuthenticator(SandboxOptions options)
{
    private static readonly string[] DateFormats = ["ddd, dd MMM yyyy HH:mm:ss 'UTC'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'"];

    // Kept for the server's life (until Reset): a replayed request id is refused however old.
    private readonly ConcurrentDictionary<string, byte> _seenRequestIds = new(StringComparer.Ordinal);

    public void Clear() => _seenRequestIds.Clear();

    /// <summary>Null when the request is authentic; otherwise the failure to answer with.</summary>
    public RequestFailure? Authenticate(string credential, IHeaderDictionary headers, string path)
    {
        var separator = credential.LastIndexOf(':');
        if (separator <= 0 || separator == credential.Length - 1)
        {
            return Unauthorized("err_xdk_malformed_authorization", "The Authorization header must be 'MC {accessKey}:{signature}'");
        }

        var accessKey = credential[..separator];
        var signature = credential[(separator + 1)..];
        var date = headers["x-mc-date"].ToString();
        var requestId = headers["x-mc-req-id"].ToString();
        var appId = headers["x-mc-app-id"].ToString();
        var missing = date.Length == 0 ? "x-mc-date" : requestId.Length == 0 ? "x-mc-req-id" : appId.Length == 0 ? "x-mc-app-id" : null;
        if (missing is not null)
        {
            return Unauthorized("err_xdk_missing_header", $"The request header {missing} is missing");
        }

        if (accessKey != options.AccessKey)
        {
            return Unauthorized("err_xdk_invalid_access_key", "The access key is not known");
        }

        if (appId != options.AppId)
        {
            return Unauthorized("err_xdk_invalid_app_id", "The application id is not known");
        }

        if (!IsDateAcceptable(date))
        {
            return Unauthorized("err_xdk_invalid_date",
                $"x-mc-date '{date}' is not a date like 'Tue, 24 Nov 2015 12:50:11 UTC' within {options.MaxClockSkew.TotalMinutes:0} minutes of the server's time: check the clock");
        }

        if (!_seenRequestIds.TryAdd(requestId, 0))
        {
            return Unauthorized("err_xdk_duplicate_request_id", $"The request id {requestId} was already used: send a new x-mc-req-id with every request");
        }

        if (!RequestSignature.Verify(signature, options.SecretKey, date, requestId, path, options.AppKey))
        {
            return Unauthorized("err_xdk_invalid_signature", "0004 Invalid Signature");
        }

        if (options.BindingExpired)
        {
            return new RequestFailure(418, new ApiError("err_xdk_binding_expired",
                "The API keys have expired: create new access and secret keys for the admin user"));
        }

        return null;
    }

    private bool IsDateAcceptable(string date) =>
        DateTimeOffset.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var sent)
        && (DateTimeOffset.UtcNow - sent).Duration() <= options.MaxClockSkew;

    private static RequestFailure Unauthorized(string code, string message) => new(401, new ApiError(code, message));
}
