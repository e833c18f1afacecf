using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class RequestParsingTests
{
    [Fact]
    public async Task PythonReprBodyIsMalformed()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/update-user", "{'data': [{'emailAddress': 'a@example.com', 'accountLocked': False}]}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("err_request_malformed", response.FirstErrorCode);
        Assert.Equal(0, sandbox.Received.Single().ItemCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    public async Task ItemEndpointWithoutDataIsRefused(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/create-user", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("err_request_missing_data", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"data\":{\"emailAddress\":\"a@example.com\"}}")]
    [InlineData("{\"data\":[\"a@example.com\"]}")]
    public async Task BodyThatIsNotAnEnvelopeIsMalformed(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/create-user", body);

        Assert.Equal("err_request_malformed", response.FirstErrorCode);
    }

    [Fact]
    public async Task UnknownApiPathIsNotFound()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/no-such-thing", "{\"data\":[]}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("err_resource_not_found", response.FirstErrorCode);
    }

    [Fact]
    public async Task GetIsNotAllowed()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/account/get-account"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("err_method_not_allowed", response.FirstErrorCode);
    }

    [Fact]
    public async Task AnswersAreJsonEnvelopes()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        using var response = await client.Http.SendAsync(client.Signed("/api/account/get-account", "{}"));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"meta\":{\"status\":200},\"data\":[", (await response.Content.ReadAsStringAsync())[..31]);
    }
}
