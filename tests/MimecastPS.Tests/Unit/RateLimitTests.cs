using System.Diagnostics;
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
        var (_, failure) = MimecastTransport.Classify("/api/x", 503, "application/json", """{"meta":{"status":503}}""", WindowEndsIn900Ms);
        Assert.Null(failure!.RetryAfter);
    }

    [Fact]
    public void Retry_After_is_honoured_whatever_the_status_and_wins_when_longer()
    {
        var headers = new RateLimitHeaders(0, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), headers.WaitBeforeRetry(503));
        Assert.Equal(TimeSpan.FromSeconds(2), headers.WaitBeforeRetry(429));
    }

    [Fact]
    public async Task Requests_still_in_flight_are_taken_off_what_an_answer_says_is_left()
    {
        var gate = new RateLimitGate();
        for (int i = 0; i < 4; i++) await gate.WaitAsync(default);
        // The first answer was counted before the three others reached the server: 4 left means 1.
        gate.Observe(new RateLimitHeaders(4, TimeSpan.FromMilliseconds(600), null));
        gate.Release();
        var clock = Stopwatch.StartNew();
        await gate.WaitAsync(default);
        Assert.True(clock.ElapsedMilliseconds < 100, "one more request fits in the window");
        await gate.WaitAsync(default);
        Assert.True(clock.ElapsedMilliseconds >= 450, $"the sixth request waited only {clock.ElapsedMilliseconds} ms for the window");
    }

    [Fact]
    public async Task A_429_blocks_every_request_until_its_wait_is_over()
    {
        var gate = new RateLimitGate();
        gate.Block(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(gate.WaitAsync(default), gate.WaitAsync(default));
        Assert.True(clock.ElapsedMilliseconds >= 280, $"{clock.ElapsedMilliseconds} ms");
    }
}
