using System.Net;
using System.Text.Json;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class FaultInjectionTests
{
    private const string CreateUser = "/api/user/create-user";

    private static string Users(params string[] addresses) =>
        JsonSerializer.Serialize(new { data = addresses.Select(address => new { emailAddress = address }) });

    [Theory]
    [InlineData(nameof(SandboxOptions.Fault429Rate), 429, "err_rate_limit_exceeded")]
    [InlineData(nameof(SandboxOptions.Fault500Rate), 500, "err_internal_server_error")]
    [InlineData(nameof(SandboxOptions.Fault503Rate), 503, "err_service_unavailable")]
    public async Task ErrorFaultsAnswerRetryablyAndExecuteNothing(string rate, int status, string code)
    {
        var options = new SandboxOptions();
        typeof(SandboxOptions).GetProperty(rate)!.SetValue(options, 1.0);
        await using var sandbox = await SandboxServer.StartAsync(options);
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser, Users("a@example.com"));

        Assert.Equal((HttpStatusCode)status, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.True(response.Fail[0].GetProperty("errors")[0].GetProperty("retryable").GetBoolean());
        Assert.NotNull(response.Header("X-RateLimit-Reset"));
        Assert.Null(sandbox.Directory.FindUser("a@example.com"));
        Assert.Equal(status, sandbox.Received.Single().StatusCode);
    }

    [Fact]
    public async Task DropBeforeExecuteAbortsWithoutExecuting()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DropBeforeExecuteRate = 1 });
        using var client = new SandboxClient(sandbox);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostSignedAsync(CreateUser, Users("a@example.com")));

        Assert.Null(sandbox.Directory.FindUser("a@example.com"));
        Assert.Equal(1, sandbox.Faults.DropBeforeExecute);
        Assert.Equal(0, sandbox.Received.Single().StatusCode);
    }

    [Fact]
    public async Task DropAfterExecuteAbortsAfterExecutingEveryItemSoARetryMeetsAlreadyExists()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DropAfterExecuteRate = 1 });
        using var client = new SandboxClient(sandbox);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostSignedAsync(CreateUser, Users("a@example.com", "b@example.com")));
        sandbox.Options.DropAfterExecuteRate = 0;
        var retry = await client.PostSignedAsync(CreateUser, Users("a@example.com"));

        Assert.Equal(1, sandbox.Directory.CreateCount("a@example.com"));
        Assert.Equal(1, sandbox.Directory.CreateCount("b@example.com"));
        Assert.Equal("err_user_already_exists", retry.FirstErrorCode);
        Assert.Equal(1, sandbox.Faults.DropAfterExecute);
    }

    [Fact]
    public async Task SlowAnswerArrivesAfterTheDelay()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            SlowAnswerRate = 1,
            SlowAnswerDelay = TimeSpan.FromMilliseconds(400),
        });
        using var client = new SandboxClient(sandbox);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await client.PostSignedAsync(CreateUser, Users("a@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(clock.ElapsedMilliseconds >= 380, $"answered after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, sandbox.Faults.SlowAnswer);
    }

    [Fact]
    public async Task SlowAnswerTimesOutAClientButTheItemsWereExecuted()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SlowAnswerRate = 1 });
        using var client = new SandboxClient(sandbox);
        client.Http.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.PostSignedAsync(CreateUser, Users("a@example.com")));

        Assert.NotNull(sandbox.Directory.FindUser("a@example.com"));
    }

    [Fact]
    public async Task OmitOutcomeExecutesEveryItemButAnswersForOneFewer()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { OmitOutcomeRate = 1 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser, Users("a@example.com", "b@example.com", "bad"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Data.GetArrayLength() + response.Fail.GetArrayLength());
        Assert.NotNull(sandbox.Directory.FindUser("a@example.com"));
        Assert.NotNull(sandbox.Directory.FindUser("b@example.com"));
        Assert.Equal(1, sandbox.Faults.OmitOutcome);
    }

    [Fact]
    public async Task FailWithoutKeyLeavesTheKeyOut()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { FailWithoutKeyRate = 1 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser, Users("a@example.com", "bad"));

        Assert.Equal(1, response.Data.GetArrayLength());
        Assert.False(response.Fail[0].TryGetProperty("key", out _));
        Assert.Equal("err_validation_invalid_email_address", response.FirstErrorCode);
        Assert.Equal(1, sandbox.Faults.FailWithoutKey);
    }

    [Fact]
    public async Task FailEntriesCarryTheItemAsReceivedByDefault()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser, "{\"data\":[{\"emailAddress\":\"bad\",\"name\":\"N\"}]}");

        var key = response.Fail[0].GetProperty("key");
        Assert.Equal("bad", key.GetProperty("emailAddress").GetString());
        Assert.Equal("N", key.GetProperty("name").GetString());
        Assert.Equal("emailAddress", response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task SameSeedAndRequestsGiveTheSameFaults()
    {
        var first = await FaultSequenceAsync(seed: 7);
        var second = await FaultSequenceAsync(seed: 7);
        var otherSeed = await FaultSequenceAsync(seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(first, fault => fault is not null);
        Assert.Contains(first, fault => fault is null);
    }

    [Fact]
    public async Task ResetReseedsSoTheSequenceRepeats()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = 3, Fault500Rate = 0.3, Fault503Rate = 0.3 });
        using var client = new SandboxClient(sandbox);

        var before = await SendAndCollectFaultsAsync(sandbox, client);
        sandbox.Reset();
        var after = await SendAndCollectFaultsAsync(sandbox, client);

        Assert.Equal(before, after);
    }

    private static async Task<string?[]> FaultSequenceAsync(int seed)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = seed, Fault500Rate = 0.3, Fault503Rate = 0.3 });
        using var client = new SandboxClient(sandbox);
        return await SendAndCollectFaultsAsync(sandbox, client);
    }

    private static async Task<string?[]> SendAndCollectFaultsAsync(SandboxServer sandbox, SandboxClient client)
    {
        for (var i = 0; i < 30; i++)
        {
            await client.PostSignedAsync(CreateUser, Users($"user{i}@example.com"));
        }

        return sandbox.Received.Select(request => request.InjectedFault).ToArray();
    }
}
