using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace MimecastPS.Sandbox;

/// <summary>POST /oauth/token with the client-credentials grant; errors in the OAuth shape, not the envelope.</summary>
internal sealed class OAuthTokenEndpoint(SandboxState state)
{
    public (int StatusCode, JsonObject Body) Issue(string formBody)
    {
        state.CountTokenRequest();
        var form = QueryHelpers.ParseQuery(formBody);
        var grantType = form.TryGetValue("grant_type", out var grant) ? grant.ToString() : "";
        if (grantType.Length == 0)
        {
            return OAuthError(400, "invalid_request", "grant_type is required");
        }

        if (grantType != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", $"The grant type '{grantType}' is not supported; use client_credentials");
        }

        var options = state.Options;
        if (form["client_id"].ToString() != options.ClientId || form["client_secret"].ToString() != options.ClientSecret)
        {
            return OAuthError(401, "invalid_client", "Client authentication failed");
        }

        var token = state.Tokens.Issue(options.ClientId, options.TokenLifetime);
        return (200, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = Math.Max(1, (int)options.TokenLifetime.TotalSeconds),
        });
    }

    private static (int, JsonObject) OAuthError(int statusCode, string error, string description) =>
        (statusCode, new JsonObject { ["error"] = error, ["error_description"] = description });
}
