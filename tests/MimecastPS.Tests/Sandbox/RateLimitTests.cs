using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class RateLimitTests
{
    [Fact]
    public async Task EveryAnswerCarriesRateLimitHeaders()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var ok = await client.PostSignedAsync("/api/account/get-account", "{}");
        var unauthorized = await client.PostBearerAsync("/api/account/get-account", "{}", "nope");

        foreach (var response in new[] { ok, unauthorized })
        {
            Assert.True(int.Parse(response.Header("X-RateLimit-Limit")) > 1000);
            Assert.True(int.Parse(response.Header("X-RateLimit-Remaining")) > 0);
            Assert.InRange(long.Parse(response.Header("X-RateLimit-Reset")), 1, 1000);
        }
    }

    [Fact]
    public async Task PastTheQuotaAnswers429AndExecutesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            RateLimitQuota = 2,
            RateLimitWindow = TimeSpan.FromMinutes(1),
        });
        using var client = new SandboxClient(sandbox);

        var first = await client.PostSignedAsync("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"a@example.com\"}]}");
        await client.PostSignedAsync("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"b@example.com\"}]}");
        var limited = await client.PostSignedAsync("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"c@example.com\"}]}");

        Assert.Equal("1", first.Header("X-RateLimit-Remaining"));
        Assert.Equal((HttpStatusCode)429, limited.Status);
        Assert.Equal("err_rate_limit_exceeded", limited.FirstErrorCode);
        Assert.Equal("2", limited.Header("X-RateLimit-Limit"));
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
        Assert.InRange(long.Parse(limited.Header("X-RateLimit-Reset")), 1, 60_000);
        Assert.Null(sandbox.Directory.FindUser("c@example.com"));
        Assert.Equal(1, sandbox.Faults.RateLimited429);
        Assert.Equal("RateLimited429", sandbox.Received[^1].InjectedFault);
    }

    [Fact]
    public async Task QuotaComesBackAfterTheWindow()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            RateLimitQuota = 1,
            RateLimitWindow = TimeSpan.FromMilliseconds(500),
        });
        using var client = new SandboxClient(sandbox);

        // A stalled test host can let a window pass between two requests, so send until the quota bites.
        ApiResponse limited;
        var attempts = 0;
        do
        {
            limited = await client.PostSignedAsync("/api/account/get-account", "{}");
        }
        while (limited.Status != (HttpStatusCode)429 && ++attempts < 10);

        await Task.Delay(int.Parse(limited.Header("X-RateLimit-Reset")) + 50);
        var again = await client.PostSignedAsync("/api/account/get-account", "{}");

        Assert.Equal((HttpStatusCode)429, limited.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task QuotaIsPerIdentity()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            RateLimitQuota = 1,
            RateLimitWindow = TimeSpan.FromMinutes(1),
        });
        using var client = new SandboxClient(sandbox);
        var token = await client.GetTokenAsync();

        var signed = await client.PostSignedAsync("/api/account/get-account", "{}");
        var bearer = await client.PostBearerAsync("/api/account/get-account", "{}", token);
        var bearerAgain = await client.PostBearerAsync("/api/account/get-account", "{}", token);

        Assert.Equal(HttpStatusCode.OK, signed.Status);
        Assert.Equal(HttpStatusCode.OK, bearer.Status);
        Assert.Equal((HttpStatusCode)429, bearerAgain.Status);
    }
}
