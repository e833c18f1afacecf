using System.Globalization;
using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class Api1AuthenticationTests
{
    private const string GetAccount = "/api/account/get-account";

    [Fact]
    public async Task CorrectlySignedRequestSucceeds()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetAccount, "{\"data\":[]}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("CSANDBOX", response.Data[0].GetProperty("accountCode").GetString());
        Assert.Equal("MC", sandbox.Received.Single().AuthorizationScheme);
    }

    [Fact]
    public async Task GmtDateSignedAsSentIsAccepted()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var gmt = DateTime.UtcNow.ToString("R", CultureInfo.InvariantCulture);

        var response = await client.SendAsync(client.Signed(GetAccount, "{}", date: gmt));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("x-mc-date")]
    [InlineData("x-mc-req-id")]
    [InlineData("x-mc-app-id")]
    public async Task MissingHeaderIsNamed(string header)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var request = client.Signed(GetAccount, "{}");
        request.Headers.Remove(header);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("err_xdk_missing_header", response.FirstErrorCode);
        Assert.Contains(header, response.FirstErrorMessage);
    }

    [Fact]
    public async Task UnknownAccessKeyIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var request = client.Signed(GetAccount, "{}");
        var signature = request.Headers.GetValues("Authorization").Single().Split(':')[1];
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "MC someone-else:" + signature);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("err_xdk_invalid_access_key", response.FirstErrorCode);
    }

    [Fact]
    public async Task WrongAppIdIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var request = client.Signed(GetAccount, "{}");
        request.Headers.Remove("x-mc-app-id");
        request.Headers.Add("x-mc-app-id", "another-app");

        var response = await client.SendAsync(request);

        Assert.Equal("err_xdk_invalid_app_id", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("yesterday-ish")]
    [InlineData("Sun, 21 Aug 2022 13:49:40 UTC")]
    public async Task UnparseableOrSkewedDateIsRefusedWithAHintAboutTheClock(string date)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.SendAsync(client.Signed(GetAccount, "{}", date: date));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("err_xdk_invalid_date", response.FirstErrorCode);
        Assert.Contains("clock", response.FirstErrorMessage);
    }

    [Fact]
    public async Task DateInALocalisedFormatIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var german = DateTime.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss", new CultureInfo("de-DE")) + " UTC";

        var response = await client.SendAsync(client.Signed(GetAccount, "{}", date: german));

        // German day names ("Mo.", "Di.", ...) never match the English ones, so this is always localised.
        Assert.Equal("err_xdk_invalid_date", response.FirstErrorCode);
    }

    [Fact]
    public async Task ReusedRequestIdIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var requestId = Guid.NewGuid().ToString();

        var first = await client.SendAsync(client.Signed(GetAccount, "{}", requestId: requestId));
        var second = await client.SendAsync(client.Signed(GetAccount, "{}", requestId: requestId));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, second.Status);
        Assert.Equal("err_xdk_duplicate_request_id", second.FirstErrorCode);
    }

    [Fact]
    public async Task TamperedSignatureIsRefusedWithTheRealMessage()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var request = client.Signed(GetAccount, "{}");
        var header = request.Headers.GetValues("Authorization").Single();
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", header[..^3] + (header[^3] == 'A' ? "B" : "A") + header[^2..]);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("err_xdk_invalid_signature", response.FirstErrorCode);
        Assert.Equal("0004 Invalid Signature", response.FirstErrorMessage);
    }

    [Fact]
    public async Task SignatureOverAnotherPathIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var signedForCreate = client.Signed("/api/user/create-user", "{}");
        signedForCreate.RequestUri = new Uri(GetAccount, UriKind.Relative);

        var response = await client.SendAsync(signedForCreate);

        Assert.Equal("err_xdk_invalid_signature", response.FirstErrorCode);
    }

    [Fact]
    public async Task ExpiredBindingAnswers418AndTheSwitchIsLive()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        sandbox.Options.BindingExpired = true;
        var expired = await client.PostSignedAsync(GetAccount, "{}");
        sandbox.Options.BindingExpired = false;
        var renewed = await client.PostSignedAsync(GetAccount, "{}");

        Assert.Equal((HttpStatusCode)418, expired.Status);
        Assert.Equal("err_xdk_binding_expired", expired.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
    }
}
