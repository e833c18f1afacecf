using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MimecastPS.Sandbox;

/// <summary>
/// The single middleware behind every request. For POST /api/... the order is: record, quota, authenticate,
/// route, parse, fault draw, batch cap, execute, answer; each step answers and stops on failure.
/// </summary>
internal sealed class SandboxRequestHandler
{
    private const string OAuthTokenPath = "/oauth/token";
    private readonly SandboxState _state;
    private readonly OAuthTokenEndpoint _oauth;
    private readonly Dictionary<string, ApiEndpoint> _endpoints;

    public SandboxRequestHandler(SandboxState state)
    {
        _state = state;
        _oauth = new OAuthTokenEndpoint(state);
        var directory = state.Directory;
        ApiEndpoint[] endpoints =
        [
            new CreateUserEndpoint(directory, state.Options, state.Random),
            new UpdateUserEndpoint(directory),
            new UpdateAliasEndpoint(directory, state.Options),
            new AddDelegateUserEndpoint(directory, state.Random),
            new CreateAccountEndpoint(directory, state.Random),
            new GetAccountEndpoint(directory),
            new GetInternalUsersEndpoint(directory),
            new GetAliasesEndpoint(directory, state.Options),
            new RemoveAliasEndpoint(directory),
            new FindDelegateUsersEndpoint(directory),
            new RemoveDelegateUserEndpoint(directory),
            new FindGroupsEndpoint(directory),
            new GetGroupMembersEndpoint(directory, state.Options),
            new AddGroupMemberEndpoint(directory, state.Options),
            new RemoveGroupMemberEndpoint(directory, state.Options),
        ];
        _endpoints = endpoints.ToDictionary(endpoint => endpoint.Path, StringComparer.OrdinalIgnoreCase);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var (scheme, credential) = SplitAuthorization(request.Headers.Authorization.ToString());
        var body = await ReadBodyAsync(request);
        var entry = new ReceivedRequest(DateTimeOffset.UtcNow, request.Method, path, scheme,
            NullIfEmpty(request.Headers["x-mc-req-id"].ToString()), scheme == "Bearer" ? credential : null, body);
        _state.Received.Add(entry);

        try
        {
            var options = _state.Options;
            if (options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(options.Latency, context.RequestAborted);
            }

            if (HttpMethods.IsPost(request.Method) && string.Equals(path, OAuthTokenPath, StringComparison.OrdinalIgnoreCase))
            {
                var (statusCode, json) = _oauth.Issue(body);
                context.Response.Headers.CacheControl = "no-store";
                await EnvelopeWriter.SendAsync(context, entry, statusCode, JsonSerializer.SerializeToUtf8Bytes(json));
            }
            else
            {
                using var parsed = RequestBody.Parse(body);
                entry.ItemCount = parsed.Items.Count;
                await HandleApiAsync(context, entry, scheme, credential, parsed);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away during a delay: nobody is left to answer.
        }
    }

    private async Task HandleApiAsync(HttpContext context, ReceivedRequest entry, string? scheme, string? credential, RequestBody body)
    {
        var rate = _state.RateLimiter.Acquire(RateLimitIdentity(scheme, credential));
        WriteRateLimitHeaders(context.Response, rate.Limit, rate.Remaining, rate.ResetMilliseconds);
        if (!rate.Allowed)
        {
            RecordFault(entry, FaultKind.RateLimited429);
            await EnvelopeWriter.WriteFailureAsync(context, entry, new RequestFailure(429, new ApiError(
                "err_rate_limit_exceeded", $"Rate limit exceeded: retry after {rate.ResetMilliseconds} ms", Retryable: true)));
            return;
        }

        var method = context.Request.Method;
        if (!HttpMethods.IsPost(method))
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, new RequestFailure(405,
                new ApiError("err_method_not_allowed", $"{method} is not allowed; the API takes POST only")));
            return;
        }

        if (!entry.Path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, NotFound(entry.Path));
            return;
        }

        var (authFailure, isApi2) = Authenticate(context.Request, scheme, credential, entry.Path);
        if (authFailure is not null)
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, authFailure);
            return;
        }

        if (!_endpoints.TryGetValue(entry.Path, out var endpoint))
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, NotFound(entry.Path));
            return;
        }

        if (endpoint.Api1Only && isApi2)
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, new RequestFailure(403, new ApiError(
                "err_api2_unsupported_endpoint", $"{endpoint.Path} is available only with API 1.0 keys"), Api2Shape: true));
            return;
        }

        var bodyFailure = CheckBody(body, endpoint);
        if (bodyFailure is not null)
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, bodyFailure);
            return;
        }

        var fault = FaultInjector.Draw(_state.Options, _state.Random);
        if (fault is { } injected)
        {
            RecordFault(entry, injected);
        }

        var preExecutionFailure = fault switch
        {
            FaultKind.Fault429 => new RequestFailure(429, new ApiError("err_rate_limit_exceeded", "Rate limit exceeded (injected)", Retryable: true)),
            FaultKind.Fault500 => new RequestFailure(500, new ApiError("err_internal_server_error", "Internal server error (injected)", Retryable: true)),
            FaultKind.Fault503 => new RequestFailure(503, new ApiError("err_service_unavailable", "Service unavailable (injected)", Retryable: true)),
            _ => null,
        };
        if (preExecutionFailure is not null)
        {
            if (fault == FaultKind.Fault429)
            {
                WriteRateLimitHeaders(context.Response, rate.Limit, 0, rate.ResetMilliseconds);
            }

            await EnvelopeWriter.WriteFailureAsync(context, entry, preExecutionFailure);
            return;
        }

        if (fault == FaultKind.DropBeforeExecute)
        {
            context.Abort();
            return;
        }

        var items = body.Items;
        var maxItems = _state.Options.MaxItemsPerRequest;
        if (maxItems > 0 && items.Count > maxItems)
        {
            if (_state.Options.OversizeBatchBehavior == OversizeBatchBehavior.Reject)
            {
                RecordFault(entry, FaultKind.Rejected);
                await EnvelopeWriter.WriteFailureAsync(context, entry, new RequestFailure(400, new ApiError(
                    "err_request_too_many_items", $"At most {maxItems} items per request; {items.Count} were sent")));
                return;
            }

            RecordFault(entry, FaultKind.Truncated);
            items = items.Take(maxItems).ToArray();
        }

        EndpointAnswer answer;
        try
        {
            answer = endpoint.Execute(items, body.Meta);
        }
        catch (RequestRejectedException rejected)
        {
            await EnvelopeWriter.WriteFailureAsync(context, entry, new RequestFailure(rejected.StatusCode, rejected.Error));
            return;
        }

        if (fault == FaultKind.OmitOutcome)
        {
            OmitOneOutcome(answer.Outcomes);
        }

        if (fault == FaultKind.DropAfterExecute)
        {
            context.Abort();
            return;
        }

        if (fault == FaultKind.SlowAnswer)
        {
            await Task.Delay(_state.Options.SlowAnswerDelay, context.RequestAborted);
        }

        await EnvelopeWriter.WriteAnswerAsync(context, entry, answer, omitKeys: fault == FaultKind.FailWithoutKey);
    }

    /// <summary>The failure to answer with (null if authentic), and whether the caller uses API 2.0.</summary>
    private (RequestFailure? Failure, bool IsApi2) Authenticate(HttpRequest request, string? scheme, string? credential, string path)
    {
        switch (scheme)
        {
            case null:
                return (new RequestFailure(401, new ApiError("err_xdk_missing_header", "The request header Authorization is missing")), false);
            case "MC":
                return (_state.SignedRequests.Authenticate(credential ?? "", request.Headers, path), false);
            case "Bearer":
                return (_state.Tokens.Check(credential ?? "", out _) switch
                {
                    TokenCheck.Valid => null,
                    TokenCheck.Expired => new RequestFailure(401, new ApiError("token_expired", "The access token has expired: request a new one"), Api2Shape: true),
                    _ => new RequestFailure(401, new ApiError("unauthorized", "The access token is not valid"), Api2Shape: true),
                }, true);
            default:
                return (new RequestFailure(401, new ApiError("err_xdk_malformed_authorization",
                    $"Authorization scheme '{scheme}' is not supported; use 'MC' (API 1.0) or 'Bearer' (API 2.0)")), false);
        }
    }

    private static RequestFailure? CheckBody(RequestBody body, ApiEndpoint endpoint)
    {
        if (body.MalformedReason is not null)
        {
            return new RequestFailure(400, new ApiError("err_request_malformed", body.MalformedReason));
        }

        if (endpoint.RequiresData && !body.HasData)
        {
            return new RequestFailure(400, new ApiError("err_request_missing_data", $"{endpoint.Path} needs a body like {{\"data\":[{{...}}]}}"));
        }

        var count = body.Items.Count;
        if (count < endpoint.MinItems || count > endpoint.MaxItems)
        {
            // Inferred code: S1 states the rule but no source shows the error Mimecast answers with.
            var allowed = endpoint.MinItems == endpoint.MaxItems ? $"exactly {endpoint.MinItems}"
                : endpoint.MaxItems is { } max ? $"{endpoint.MinItems} to {max}"
                : $"at least {endpoint.MinItems}";
            return new RequestFailure(400, new ApiError("err_validation_item_count",
                $"{endpoint.Path} takes {allowed} data item(s) per request; {count} were sent", "data"));
        }

        return null;
    }

    /// <summary>Quota is checked before authentication, so the identity comes from the unverified header.</summary>
    private string RateLimitIdentity(string? scheme, string? credential)
    {
        if (scheme == "MC" && credential is not null)
        {
            var separator = credential.LastIndexOf(':');
            return "mc:" + (separator > 0 ? credential[..separator] : credential);
        }

        if (scheme == "Bearer" && credential is not null)
        {
            _state.Tokens.Check(credential, out var clientId);
            return "oauth:" + clientId;
        }

        return "anonymous";
    }

    /// <summary>
    /// Leaves out one outcome the answer would show. A success without data shows nothing, so only data items and
    /// fail entries are candidates: on a removal endpoint this turns a failure into apparent success, exactly what
    /// a lost fail entry from the real API would do, which is why a client should send such endpoints one item per request.
    /// </summary>
    private void OmitOneOutcome(List<ItemOutcome> outcomes)
    {
        var visible = new List<int>(outcomes.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].AppearsInAnswer)
            {
                visible.Add(i);
            }
        }

        if (visible.Count > 0)
        {
            outcomes.RemoveAt(visible[_state.Random.Next(visible.Count)]);
        }
    }

    private void RecordFault(ReceivedRequest entry, FaultKind kind)
    {
        _state.Faults.Increment(kind);
        entry.AddFault(kind);
    }

    private static void WriteRateLimitHeaders(HttpResponse response, int limit, int remaining, long resetMilliseconds)
    {
        response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = resetMilliseconds.ToString(CultureInfo.InvariantCulture);
    }

    private static RequestFailure NotFound(string path) =>
        new(404, new ApiError("err_resource_not_found", $"There is no endpoint {path}"));

    private static (string? Scheme, string? Credential) SplitAuthorization(string header)
    {
        if (header.Length == 0)
        {
            return (null, null);
        }

        var space = header.IndexOf(' ');
        return space < 0 ? (header, null) : (header[..space], header[(space + 1)..].Trim());
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
