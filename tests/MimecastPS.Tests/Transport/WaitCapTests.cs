using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>Defect 7: no wait is longer than the session's cap, none throws, long ones are announced; no test sleeps.</summary>
public sealed class WaitCapTests
{
    private const string RateLimited = """{"meta":{"status":429},"fail":[{"errors":[{"code":"err_rate_limit_exceeded","message":"Rate limit exceeded"}]}]}""";

    [Theory]
    [InlineData("Retry-After", "3600", 3600)]
    [InlineData("Retry-After", "99999999999", 3153600000)]
    [InlineData("X-RateLimit-Reset", "2147483647", 2147484)]
    [InlineData("X-RateLimit-Reset", "1e300", 2147484)]
    public async Task A_wait_beyond_the_cap_fails_at_once_with_the_figure_asked_for(string header, string value, long seconds)
    {
        var clock = new FakeClock();
        var handler = new ScriptedHandler(ScriptedHandler.Answer(429, RateLimited, (header, value), ("X-RateLimit-Remaining", "0")));
        using var session = TestSessions.Over(handler, clock, maxWaitSeconds: 300);
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default));
        Assert.Equal(FailureKind.WaitTooLong, error.Failure.Kind);
        Assert.False(error.Failure.DoomsEveryRow);
        Assert.Contains($"Mimecast asked to wait {seconds} s, longer than -MaxWaitSec 300", error.Message);
        Assert.Equal(1, handler.Attempts);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task A_quota_reset_far_beyond_the_cap_does_not_hold_the_gate()
    {
        var clock = new FakeClock();
        var handler = new ScriptedHandler(ScriptedHandler.Answer(200, ScriptedHandler.Ok, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "2147483647")));
        using var session = TestSessions.Over(handler, clock);
        for (int i = 0; i < 3; i++)
        {
            await session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default);
        }
        Assert.Equal(3, handler.Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the gate waited {clock.Elapsed}");
    }

    [Fact]
    public async Task A_wait_within_the_cap_is_waited_and_announced_when_longer_than_five_seconds()
    {
        var clock = new FakeClock();
        var handler = new ScriptedHandler(ScriptedHandler.Answer(429, RateLimited, ("Retry-After", "42")), ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        using var session = TestSessions.Over(handler, clock);
        var log = new RecordingLog();
        await session.Transport.SendAsync(TestSessions.CreateUser(), log, default);
        Assert.Equal(2, handler.Attempts);
        Assert.Contains(clock.Delays, d => d >= TimeSpan.FromSeconds(42) && d < TimeSpan.FromSeconds(43));
        string announced = Assert.Single(log.Lines, l => l.StartsWith("Waiting ", StringComparison.Ordinal));
        Assert.Matches(@"^Waiting 4[23] s: Mimecast answered HTTP 429 and asked to wait 42 s; POST /api/user/create-user is sent again as attempt 2 of 4", announced);
        Assert.Null(session.Transport.Waits.Current);
    }

    [Fact]
    public async Task An_ongoing_long_wait_can_be_read_for_a_progress_bar()
    {
        var clock = new GatedClock();
        var waits = new RequestWaits(clock);
        var waiting = waits.WaitAsync(TimeSpan.FromSeconds(30), "Mimecast answered HTTP 429", NullRequestLog.Instance, default);
        var current = waits.Current;
        Assert.NotNull(current);
        Assert.Equal("Mimecast answered HTTP 429", current!.Reason);
        Assert.Equal("Waiting 30 s: Mimecast answered HTTP 429", current.ToString());
        clock.Release();
        await waiting;
        Assert.Null(waits.Current);
    }

    [Fact]
    public async Task Short_waits_are_not_announced()
    {
        var clock = new FakeClock();
        var handler = new ScriptedHandler(ScriptedHandler.Answer(429, RateLimited, ("Retry-After", "2")), ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        using var session = TestSessions.Over(handler, clock);
        var log = new RecordingLog();
        await session.Transport.SendAsync(TestSessions.CreateUser(), log, default);
        Assert.DoesNotContain(log.Lines, l => l.StartsWith("Waiting ", StringComparison.Ordinal));
    }
}
