using MimecastPS.Tests.Transport;
using MimecastPS.Transport;

namespace MimecastPS.Tests.Unit;

public sealed class RateLimitTests
{
    private static readonly RateLimitHeaders WindowEndsIn900Ms = new(50, TimeSpan.FromMilliseconds(900), null);

    [Fact]
    public void Only_a_429_waits_for_the_quota_reset()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(900), WindowEndsIn900Ms.WaitBeforeRetry(429));
        // A server error has nothing to do with the quota window: waiting for it would stall every retry.
        Assert.Null(WindowEndsIn900Ms.WaitBeforeRetry(503));
        var (_, failure) = MimecastTransport.Classify("/api/x", new HttpAnswer(503, "application/json", """{"meta":{"status":503}}""", WindowEndsIn900Ms), SecretValues.None);
        Assert.Null(failure!.RetryAfter);
    }

    [Fact]
    public void Retry_After_is_honoured_whatever_the_status_and_wins_when_longer()
    {
        var headers = new RateLimitHeaders(0, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), headers.WaitBeforeRetry(503));
        Assert.Equal(TimeSpan.FromSeconds(2), headers.WaitBeforeRetry(429));
    }

    private static (RateLimitGate Gate, FakeClock Clock) Gate(double maxWaitSeconds = 300)
    {
        var clock = new FakeClock();
        return (new RateLimitGate(clock, TimeSpan.FromSeconds(maxWaitSeconds), new RequestWaits(clock)), clock);
    }

    [Fact]
    public async Task Requests_still_in_flight_are_taken_off_what_an_answer_says_is_left()
    {
        var (gate, clock) = Gate();
        for (int i = 0; i < 4; i++) await gate.WaitAsync(NullRequestLog.Instance, default);
        // The first answer was counted before the three others reached the server: 4 left means 1.
        gate.Observe(new RateLimitHeaders(4, TimeSpan.FromMilliseconds(600), null));
        gate.Release();
        await gate.WaitAsync(NullRequestLog.Instance, default);
        Assert.Equal(TimeSpan.Zero, clock.Elapsed);
        await gate.WaitAsync(NullRequestLog.Instance, default);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(600), $"the sixth request waited only {clock.Elapsed.TotalMilliseconds} ms for the window");
    }

    [Fact]
    public async Task A_429_blocks_every_request_until_its_wait_is_over()
    {
        var (gate, clock) = Gate();
        gate.Block(TimeSpan.FromMilliseconds(300));
        await Task.WhenAll(gate.WaitAsync(NullRequestLog.Instance, default), gate.WaitAsync(NullRequestLog.Instance, default));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"{clock.Elapsed.TotalMilliseconds} ms");
    }
}
