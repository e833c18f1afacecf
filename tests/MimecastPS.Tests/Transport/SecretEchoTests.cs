using MimecastPS.Auth;
using MimecastPS.Tests.Reliability;
using MimecastPS.Transport;
using Newtonsoft.Json;

namespace MimecastPS.Tests.Transport;

/// <summary>Defect 4: a server that echoes the request (body and Authorization header) puts no secret into any error text.</summary>
public sealed class SecretEchoTests
{
    private const string RowPassword = "Row-Pa55word-7f3";
    private const string ClientSecret = "Client-Secret-9d2";

    private static string Json(string text) => JsonConvert.ToString(text);

    /// <summary>Every secret the request carried, and the signature and token of the attempt.</summary>
    private static void AssertClean(string text, string authorization)
    {
        string credential = authorization[(authorization.IndexOf(' ') + 1)..];
        foreach (string secret in new[] { RowPassword, ClientSecret, TestSessions.AppKey, TestSessions.SecretKey, TestSessions.AccessKey, credential }
            .Concat(credential.Split(':')))
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), "leaked: " + secret + " in " + text);
        }
    }

    private static async Task<MimecastApiException> SendThrough(ScriptedServer server, Func<HttpClient, IRequestAuthenticator>? authenticator = null)
    {
        using var session = TestSessions.Over(server.BaseUri, authenticator);
        return await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(password: RowPassword), NullRequestLog.Instance, default));
    }

    [Fact]
    public async Task Fail_entries_that_echo_the_request_show_no_password_key_or_signature()
    {
        string seen = "";
        await using var server = await ScriptedServer.EchoingAsync(200, (_, body, authorization) =>
        {
            seen = authorization;
            return $$"""{"meta":{"status":200},"data":[],"fail":[{"key":{"emailAddress":"a@example.com"},"errors":[{"code":"err_x","message":{{Json("got " + body + " with " + authorization)}},"field":{{Json(authorization)}}}]}]}""";
        });
        using var session = TestSessions.Over(server.BaseUri);
        var response = await session.Transport.SendAsync(TestSessions.CreateUser(password: RowPassword), NullRequestLog.Instance, default);
        var error = Assert.Single(Assert.Single(response.Fail).Errors);
        Assert.Contains("got {", error.Message);
        AssertClean(error.Message + error.Field, seen);
    }

    [Fact]
    public async Task A_refusal_that_echoes_the_request_shows_no_secret()
    {
        string seen = "";
        await using var server = await ScriptedServer.EchoingAsync(400, (_, body, authorization) =>
        {
            seen = authorization;
            return $$"""{"meta":{"status":400},"fail":[{"errors":[{"code":{{Json("err_" + authorization)}},"message":{{Json(body + " " + authorization)}}}]}]}""";
        });
        var error = await SendThrough(server);
        Assert.Contains("Mimecast answered HTTP 400", error.Message);
        AssertClean(error.Message + error.Code, seen);
    }

    [Fact]
    public async Task An_unreadable_answer_that_echoes_the_request_is_quoted_without_secrets()
    {
        string seen = "";
        await using var server = await ScriptedServer.EchoingAsync(200, (_, body, authorization) =>
        {
            seen = authorization;
            return "echo: " + authorization + " " + body;
        });
        var error = await SendThrough(server);
        Assert.Contains("it began: 'echo: MC ***", error.Message);
        AssertClean(error.Message, seen);
    }

    [Fact]
    public async Task A_token_endpoint_that_echoes_the_client_secret_and_an_api_call_that_echoes_the_bearer_token_show_neither()
    {
        string seen = "";
        await using var server = await ScriptedServer.EchoingAsync(200, (path, body, authorization) =>
        {
            if (path == OAuthTokenSource.TokenPath) return """{"access_token":"Live-Token-4c1a","expires_in":1799}""";
            seen = authorization;
            return "<html>" + authorization + "</html>";
        });
        var error = await SendThrough(server, http => new OAuthTokenSource("client-id", ClientSecret.ToSecureString(), http, server.BaseUri, TimeSpan.FromSeconds(5)));
        Assert.Equal("Bearer Live-Token-4c1a", seen);
        AssertClean(error.Message, seen);
    }

    [Fact]
    public async Task A_token_refusal_that_echoes_the_form_shows_no_client_secret()
    {
        await using var server = await ScriptedServer.EchoingAsync(401, (_, body, _) => $$"""{"error":"invalid_client","error_description":{{Json("bad form " + body)}}}""");
        var oauth = new OAuthTokenSource("client-id", ClientSecret.ToSecureString(), new HttpClient(), server.BaseUri, TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => oauth.AuthenticateAsync(new HttpRequestMessage(), "/api/x", NullRequestLog.Instance, default));
        Assert.Contains("bad form grant_type=client_credentials", error.Message);
        Assert.DoesNotContain(ClientSecret, error.Message);
    }
}
