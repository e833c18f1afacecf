using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>Defect 2: an attempt that may have run is never sent again for a request that is not safe to re-send, and every later failure says it may have run.</summary>
public sealed class AmbiguousAttemptTests
{
    public static TheoryData<string, int> MayHaveRun => new()
    {
        { "dropped", 0 },
        { "500", 500 },
        { "502", 502 },
        { "504", 504 },
    };

    private static Func<HttpRequestMessage, HttpResponseMessage> Step(int status)
        => status == 0 ? ScriptedHandler.Drop() : ScriptedHandler.Answer(status, """{"meta":{"status":500},"fail":[{"errors":[{"code":"err_internal_server_error","message":"boom"}]}]}""");

    [Theory]
    [MemberData(nameof(MayHaveRun))]
    public async Task A_request_that_is_not_safe_to_resend_is_sent_once_and_its_outcome_is_unknown(string _, int status)
    {
        var handler = new ScriptedHandler(Step(status), ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        using var session = TestSessions.Over(handler, new FakeClock());
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(safeToResend: false), NullRequestLog.Instance, default));
        Assert.Equal(1, handler.Attempts);
        Assert.Equal(FailureKind.OutcomeUnknown, error.Failure.Kind);
        Assert.Equal("OutcomeUnknown", error.Code);
        Assert.False(error.Failure.DoomsEveryRow);
        Assert.Contains("may have been carried out", error.Message);
        Assert.Contains("check whether it was before sending it again", error.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_429_or_503_means_not_executed_and_is_retried_even_when_a_resend_is_unsafe(int status)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Answer(status, """{"meta":{"status":0}}"""), ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        using var session = TestSessions.Over(handler, new FakeClock());
        var response = await session.Transport.SendAsync(TestSessions.CreateUser(safeToResend: false), NullRequestLog.Instance, default);
        Assert.Equal(2, handler.Attempts);
        Assert.Null(response.EarlierAttemptMayHaveRun);
    }

    [Fact]
    public async Task Retries_exhausted_after_a_dropped_connection_say_an_attempt_may_have_run()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Drop());
        using var session = TestSessions.Over(handler, new FakeClock(), maxRetryCount: 2);
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default));
        Assert.Equal(3, handler.Attempts);
        Assert.Equal(FailureKind.Network, error.Failure.Kind);
        Assert.NotNull(error.Failure.EarlierAttemptMayHaveRun);
        Assert.Contains("It may have been carried out all the same (an attempt got no answer (The connection was reset))", error.Message);
    }

    [Fact]
    public async Task A_refusal_after_a_500_says_the_earlier_attempt_may_have_run()
    {
        var handler = new ScriptedHandler(Step(500), ScriptedHandler.Answer(400, """{"meta":{"status":400},"fail":[{"errors":[{"code":"err_request_malformed","message":"no"}]}]}"""));
        using var session = TestSessions.Over(handler, new FakeClock());
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default));
        Assert.Equal("err_request_malformed", error.Code);
        Assert.Equal("an attempt was answered HTTP 500", error.Failure.EarlierAttemptMayHaveRun);
        Assert.Contains("check before sending it again", error.Message);
    }

    [Fact]
    public async Task An_answer_after_a_504_is_a_copy_marked_as_following_an_attempt_that_may_have_run()
    {
        var handler = new ScriptedHandler(Step(504), ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        using var session = TestSessions.Over(handler, new FakeClock());
        var response = await session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default);
        Assert.Equal("an attempt was answered HTTP 504", response.EarlierAttemptMayHaveRun);
    }
}
