using System.Diagnostics;
using System.Net;
using MimecastPS.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace MimecastPS.Tests.Sandbox;

public class ServerLifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StartsOnLoopbackQuicklyAndReportsTheStartupTime()
    {
        // The first start in a process pays for JIT; the second shows what each further test server costs.
        foreach (var run in new[] { "first", "second" })
        {
            var clock = Stopwatch.StartNew();
            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
            var started = clock.Elapsed;
            using var client = new SandboxClient(sandbox);
            var response = await client.PostSignedAsync("/api/account/get-account", "{}");
            var answered = clock.Elapsed;

            output.WriteLine($"{run} start: StartAsync {started.TotalMilliseconds:0} ms; first answer after {answered.TotalMilliseconds:0} ms");
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal("127.0.0.1", sandbox.BaseUri.Host);
            Assert.Equal("/", sandbox.BaseUri.AbsolutePath);
            Assert.True(answered < TimeSpan.FromSeconds(10), $"startup took {answered}");
        }
    }

    [Fact]
    public async Task ReceivedLogRecordsEveryRequestInOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var request = client.Signed("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"a@example.com\"},{\"emailAddress\":\"b\"}]}");
        var requestId = request.Headers.GetValues("x-mc-req-id").Single();

        await client.SendAsync(request);
        await client.RequestTokenAsync("x", "y");

        var received = sandbox.Received;
        Assert.Equal(2, received.Count);
        Assert.Equal("POST", received[0].Method);
        Assert.Equal("/api/user/create-user", received[0].Path);
        Assert.Equal(requestId, received[0].RequestId);
        Assert.Equal(2, received[0].ItemCount);
        Assert.Equal(200, received[0].StatusCode);
        Assert.Contains("a@example.com", received[0].Body);
        Assert.Null(received[0].InjectedFault);
        Assert.Equal("/oauth/token", received[1].Path);
        Assert.Null(received[1].AuthorizationScheme);
        Assert.Equal(401, received[1].StatusCode);
    }

    [Fact]
    public async Task ResetForgetsEverythingButTheOptions()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { OmitOutcomeRate = 1 });
        using var client = new SandboxClient(sandbox);
        var token = await client.GetTokenAsync();
        var requestId = Guid.NewGuid().ToString();
        await client.SendAsync(client.Signed("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"a@example.com\"}]}", requestId: requestId));

        sandbox.Reset();

        Assert.Empty(sandbox.Directory.Users);
        Assert.Equal(0, sandbox.Directory.CreateCount("a@example.com"));
        Assert.Empty(sandbox.Received);
        Assert.Equal(0, sandbox.TokenRequestCount);
        Assert.Equal(0, sandbox.Faults.OmitOutcome);
        Assert.Equal(1, sandbox.Options.OmitOutcomeRate);
        sandbox.Options.OmitOutcomeRate = 0;
        Assert.Equal("unauthorized", (await client.PostBearerAsync("/api/account/get-account", "{}", token)).Fail[0].GetProperty("code").GetString());
        var reused = await client.SendAsync(client.Signed("/api/user/create-user", "{\"data\":[{\"emailAddress\":\"a@example.com\"}]}", requestId: requestId));
        Assert.Equal(HttpStatusCode.OK, reused.Status);
        Assert.Equal(1, reused.Data.GetArrayLength());
    }

    [Fact]
    public async Task LatencyIsAddedToEveryAnswer()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Latency = TimeSpan.FromMilliseconds(200) });
        using var client = new SandboxClient(sandbox);
        var clock = Stopwatch.StartNew();

        await client.GetTokenAsync();
        await client.PostSignedAsync("/api/account/get-account", "{}");

        Assert.True(clock.ElapsedMilliseconds >= 390, $"two answers took {clock.ElapsedMilliseconds} ms");
    }
}
