using System.Diagnostics;
using MimecastPS.Auth;
using MimecastPS.Sandbox;
using MimecastPS.Session;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Tests.Unit;

/// <summary>The transport over real sockets against the sandbox: retries, pacing, no retry for 4xx, cancellation.</summary>
public sealed class TransportTests : IAsyncLifetime
{
    private SandboxServer _server = null!;

    public async Task InitializeAsync() => _server = await SandboxServer.StartAsync(new SandboxOptions());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private MimecastSession Session(int maxRetryCount = 3, double timeoutSeconds = 30) => new(
        new Uri(_server.BaseUri, "/"), null,
        _ => new HmacRequestSigner(_server.Options.AccessKey, _server.Options.SecretKey.ToSecureString(), _server.Options.AppId, _server.Options.AppKey.ToSecureString()),
        maxRetryCount, TimeSpan.FromSeconds(timeoutSeconds));

    private static ApiRequest CreateUser(string address) => ApiRequest.ForItems("/api/user/create-user", [new JObject { ["emailAddress"] = address }]);

    [Fact]
    public async Task The_gate_waits_for_the_quota_window_instead_of_running_into_429()
    {
        _server.Options.RateLimitQuota = 1;
        _server.Options.RateLimitWindow = TimeSpan.FromMilliseconds(700);
        using var session = Session();
        await session.Transport.SendAsync(CreateUser("first@example.com"), NullRequestLog.Instance, default);
        var clock = Stopwatch.StartNew();
        await session.Transport.SendAsync(CreateUser("second@example.com"), NullRequestLog.Instance, default);
        Assert.True(clock.ElapsedMilliseconds >= 300, $"sent after {clock.ElapsedMilliseconds} ms, before the window reset");
        Assert.DoesNotContain(_server.Received, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task A_429_is_retried_and_each_attempt_is_signed_anew()
    {
        _server.Options.Fault429Rate = 0.5;
        _server.Options.Seed = 3;
        _server.Reset();
        using var session = Session(maxRetryCount: 10);
        for (int i = 0; i < 6; i++)
        {
            await session.Transport.SendAsync(CreateUser($"rl{i}@example.com"), NullRequestLog.Instance, default);
        }
        Assert.True(_server.Faults.Fault429 > 0, "the seed must inject some 429s for this test to mean anything");
        Assert.Equal(6, _server.Directory.Users.Count);
        var received = _server.Received;
        Assert.Equal(received.Count, received.Select(r => r.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task Server_errors_are_retried_up_to_MaxRetryCount_then_reported()
    {
        _server.Options.Fault503Rate = 1;
        using var session = Session(maxRetryCount: 2);
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(CreateUser("x@example.com"), NullRequestLog.Instance, default));
        Assert.Equal(503, error.HttpStatus);
        Assert.Contains("after 3 attempts", error.Message);
        Assert.Equal(3, _server.Received.Count);
    }

    [Fact]
    public async Task A_4xx_other_than_429_is_never_retried()
    {
        _server.Options.MaxItemsPerRequest = 1;
        _server.Options.OversizeBatchBehavior = OversizeBatchBehavior.Reject;
        using var session = Session();
        var request = ApiRequest.ForItems("/api/user/create-user", [new JObject { ["emailAddress"] = "a@example.com" }, new JObject { ["emailAddress"] = "b@example.com" }]);
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(request, NullRequestLog.Instance, default));
        Assert.Equal(400, error.HttpStatus);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Dropped_connections_are_retried()
    {
        _server.Options.DropBeforeExecuteRate = 0.5;
        _server.Options.Seed = 7;
        _server.Reset();
        using var session = Session(maxRetryCount: 10);
        for (int i = 0; i < 6; i++)
        {
            await session.Transport.SendAsync(CreateUser($"drop{i}@example.com"), NullRequestLog.Instance, default);
        }
        Assert.True(_server.Faults.DropBeforeExecute > 0);
        Assert.Equal(6, _server.Directory.Users.Count);
    }

    [Fact]
    public async Task Cancelling_stops_a_request_in_flight_promptly()
    {
        _server.Options.Latency = TimeSpan.FromSeconds(10);
        using var session = Session();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Transport.SendAsync(CreateUser("slow@example.com"), NullRequestLog.Instance, cancel.Token));
        Assert.True(clock.ElapsedMilliseconds < 2000, $"cancelled after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_request_past_the_timeout_is_retried_and_then_reported_as_a_timeout()
    {
        using var session = Session(maxRetryCount: 1, timeoutSeconds: 0.3);
        // A cold first request (connection, JIT) can outlast 0.3 s before it reaches the server; only the timeouts are under test.
        await session.Transport.SendAsync(CreateUser("warm@example.com"), NullRequestLog.Instance, default);
        _server.Reset();
        _server.Options.Latency = TimeSpan.FromSeconds(3);
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(CreateUser("late@example.com"), NullRequestLog.Instance, default));
        Assert.Equal("RequestTimeout", error.Code);
        Assert.Equal(2, _server.Received.Count);
    }
}
