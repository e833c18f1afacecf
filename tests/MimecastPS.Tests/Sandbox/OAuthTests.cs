using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class OAuthTests
{
    private const string CreateUser = "/api/user/create-user";

    [Fact]
    public async Task ClientCredentialsGiveABearerTokenThatWorks()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var token = await client.RequestTokenAsync("sandbox-client-id", "sandbox-client-secret");
        var accessToken = token.Json.GetProperty("access_token").GetString()!;
        var created = await client.PostBearerAsync(CreateUser, "{\"data\":[{\"emailAddress\":\"a@example.com\"}]}", accessToken);

        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal("Bearer", token.Json.GetProperty("token_type").GetString());
        Assert.Equal(1799, token.Json.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(1, sandbox.TokenRequestCount);
        Assert.Equal(accessToken, sandbox.Received[^1].AccessToken);
        Assert.Equal("Bearer", sandbox.Received[^1].AuthorizationScheme);
    }

    [Fact]
    public async Task WrongClientSecretIsInvalidClient()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.RequestTokenAsync("sandbox-client-id", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_client", response.Json.GetProperty("error").GetString());
        Assert.Equal("Client authentication failed", response.Json.GetProperty("error_description").GetString());
        Assert.Equal(1, sandbox.TokenRequestCount);
    }

    [Fact]
    public async Task OtherGrantTypeIsUnsupported()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.RequestTokenAsync("sandbox-client-id", "sandbox-client-secret", grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("unsupported_grant_type", response.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task UnknownTokenIsUnauthorizedWithTheCodeAtFailCode()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostBearerAsync(CreateUser, "{\"data\":[]}", "made-up");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(401, response.Json.GetProperty("meta").GetProperty("status").GetInt32());
        Assert.Equal("unauthorized", response.Fail[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task TokenExpiresAfterItsLifetimeInRealTime()
    {
        // Two seconds rather than one: on a busy two-core runner the "fresh" call alone can take most of a second.
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { TokenLifetime = TimeSpan.FromSeconds(2) });
        using var client = new SandboxClient(sandbox);
        var token = await client.RequestTokenAsync("sandbox-client-id", "sandbox-client-secret");
        var accessToken = token.Json.GetProperty("access_token").GetString()!;

        var fresh = await client.PostBearerAsync(CreateUser, "{\"data\":[]}", accessToken);
        await Task.Delay(TimeSpan.FromMilliseconds(2200));
        var stale = await client.PostBearerAsync(CreateUser, "{\"data\":[]}", accessToken);

        Assert.Equal(2, token.Json.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.Status);
        Assert.Equal("token_expired", stale.Fail[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task ExpireAllTokensExpiresIssuedTokensOnly()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var old = await client.GetTokenAsync();

        sandbox.ExpireAllTokens();
        var fresh = await client.GetTokenAsync();

        Assert.Equal("token_expired", (await client.PostBearerAsync(CreateUser, "{\"data\":[]}", old)).Fail[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.PostBearerAsync(CreateUser, "{\"data\":[]}", fresh)).Status);
    }

    [Fact]
    public async Task CreateAccountIsRefusedForBearerCallersAndExecutesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var token = await client.GetTokenAsync();

        var response = await client.PostBearerAsync("/api/account/create-account", CreateAccountTests.ValidAccountBody, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("err_api2_unsupported_endpoint", response.Fail[0].GetProperty("code").GetString());
        Assert.Contains("API 1.0", response.Fail[0].GetProperty("message").GetString());
        Assert.Empty(sandbox.Directory.Accounts);
    }
}
