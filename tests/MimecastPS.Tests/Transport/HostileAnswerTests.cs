using System.Net;
using System.Text;
using MimecastPS.Auth;
using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>Defects 6 and 9: valid answers read as valid, and every hostile value a failure with a message, never a raw exception.</summary>
public sealed class HostileAnswerTests
{
    private static Func<HttpRequestMessage, HttpResponseMessage> Bytes(int status, byte[] body, params (string Name, string Value)[] headers) => _ =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    };

    private static async Task<ApiResponse> Send(params Func<HttpRequestMessage, HttpResponseMessage>[] steps)
    {
        using var session = TestSessions.Over(new ScriptedHandler(steps), new FakeClock());
        return await session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default);
    }

    private static async Task<MimecastApiException> Fail(params Func<HttpRequestMessage, HttpResponseMessage>[] steps)
    {
        var handler = new ScriptedHandler(steps);
        using var session = TestSessions.Over(handler, new FakeClock());
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default));
        Assert.Equal(1, handler.Attempts);
        return error;
    }

    [Fact]
    public async Task An_answer_that_starts_with_a_byte_order_mark_is_read()
    {
        var response = await Send(Bytes(200, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ScriptedHandler.Ok)]));
        Assert.Equal("a@example.com", (string)response.Data[0]["emailAddress"]!);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336.5")]
    [InlineData("123456789012345678901234567890123456789")]
    public async Task A_number_beyond_decimal_does_not_make_a_valid_answer_unreadable(string number)
    {
        var response = await Send(ScriptedHandler.Answer(200, $$"""{"meta":{"status":200},"data":[{"emailAddress":"a@example.com","quota":{{number}}}],"fail":[]}"""));
        Assert.Equal("a@example.com", (string)response.Data[0]["emailAddress"]!);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("99999999999")]
    [InlineData("-5")]
    [InlineData("200.5")]
    [InlineData("\"OK\"")]
    [InlineData("{\"code\":1}")]
    public async Task A_meta_status_that_is_no_http_status_leaves_the_http_status_to_decide(string status)
    {
        var response = await Send(ScriptedHandler.Answer(200, $$"""{"meta":{"status":{{status}}},"data":[{"emailAddress":"a@example.com"}],"fail":[]}"""));
        Assert.Single(response.Data);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_dooms_every_row_names_the_location_and_is_not_followed(int status)
    {
        var error = await Fail(Bytes(status, Encoding.UTF8.GetBytes("<html>moved</html>"), ("Location", "https://login.captive.example/portal?from=x")));
        Assert.Equal(FailureKind.Redirected, error.Failure.Kind);
        Assert.True(error.Failure.DoomsEveryRow);
        Assert.Contains("Location https://login.captive.example/portal?from=x", error.Message);
        Assert.Contains("-BaseUri or -Region is probably wrong", error.Message);
    }

    [Fact]
    public async Task A_407_dooms_every_row_and_names_the_proxy_options()
    {
        var error = await Fail(Bytes(407, Encoding.UTF8.GetBytes("<html>Proxy Authentication Required</html>"), ("Proxy-Authenticate", "Basic realm=\"corp\"")));
        Assert.Equal(FailureKind.ProxyAuthentication, error.Failure.Kind);
        Assert.True(error.Failure.DoomsEveryRow);
        Assert.Contains("-ProxyUseDefaultCredentials", error.Message);
        Assert.Contains("-ProxyCredential", error.Message);
    }

    [Fact]
    public async Task A_407_while_opening_an_https_tunnel_is_a_proxy_failure_not_a_network_one()
    {
        var error = await Fail(_ => throw new HttpRequestException("The proxy tunnel request to proxy 'http://proxy:3128/' failed with status code '407'.", null, HttpStatusCode.ProxyAuthenticationRequired));
        Assert.Equal(FailureKind.ProxyAuthentication, error.Failure.Kind);
    }

    public static TheoryData<string, string> BadTokenAnswers => new()
    {
        { "{\"access_token\":\"abc\\r\\nX-Injected: 1\",\"expires_in\":1799}", "control characters" },
        { "{\"access_token\":\"two words\",\"expires_in\":1799}", "spaces" },
        { "{\"access_token\":\"\",\"expires_in\":1799}", "no access_token" },
        { "{\"access_token\":42}", "no access_token" },
        { "{\"access_token\":\"Live-Token-123\"} trailing", "not JSON" },
    };

    [Theory]
    [MemberData(nameof(BadTokenAnswers))]
    public async Task A_token_answer_the_module_cannot_use_ends_the_command_clearly_and_quotes_nothing_of_it(string answer, string expected)
    {
        var oauth = new OAuthTokenSource("client-id", "Client-Secret-1".ToSecureString(), new HttpClient(new ScriptedHandler(ScriptedHandler.Answer(200, answer))),
            new Uri("https://api.example.test/"), TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => oauth.AuthenticateAsync(new HttpRequestMessage(), "/api/x", NullRequestLog.Instance, default));
        Assert.Equal("InvalidTokenAnswer", error.Code);
        Assert.True(error.Failure.DoomsEveryRow);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("Live-Token", error.Message);
        Assert.DoesNotContain("Injected", error.Message);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-100")]
    [InlineData("\"soon\"")]
    [InlineData("0")]
    public async Task Any_expires_in_gives_a_usable_token(string expiresIn)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Answer(200, $$"""{"access_token":"Tok-123","expires_in":{{expiresIn}}}"""));
        var oauth = new OAuthTokenSource("client-id", "Client-Secret-1".ToSecureString(), new HttpClient(handler), new Uri("https://api.example.test/"), TimeSpan.FromSeconds(5));
        using var message = new HttpRequestMessage();
        await oauth.AuthenticateAsync(message, "/api/x", NullRequestLog.Instance, default);
        Assert.Equal("Bearer Tok-123", message.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_token_answer_with_a_byte_order_mark_is_read()
    {
        var handler = new ScriptedHandler(Bytes(200, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"access_token":"Tok-123","expires_in":1799}""")]));
        var oauth = new OAuthTokenSource("client-id", "Client-Secret-1".ToSecureString(), new HttpClient(handler), new Uri("https://api.example.test/"), TimeSpan.FromSeconds(5));
        using var message = new HttpRequestMessage();
        await oauth.AuthenticateAsync(message, "/api/x", NullRequestLog.Instance, default);
        Assert.Equal("Tok-123", message.Headers.Authorization!.Parameter);
    }
}
