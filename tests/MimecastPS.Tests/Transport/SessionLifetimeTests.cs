using MimecastPS.Transport;

namespace MimecastPS.Tests.Transport;

/// <summary>Defect 10: a retired session is disposed once no command uses it, and says it was disconnected when used after.</summary>
public sealed class SessionLifetimeTests
{
    private static Task<ApiResponse> Send(MimecastPS.MimecastSession session)
        => session.Transport.SendAsync(TestSessions.CreateUser(), NullRequestLog.Instance, default);

    [Fact]
    public async Task A_retired_session_in_use_works_until_its_last_user_releases_it()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        var session = TestSessions.Over(handler, new FakeClock());
        session.Acquire();
        session.Acquire();
        session.Retire();
        await Send(session);
        session.Release();
        await Send(session);
        session.Release();
        var error = await Assert.ThrowsAsync<MimecastApiException>(() => Send(session));
        Assert.Equal(2, handler.Attempts);
        Assert.Equal(FailureKind.Disconnected, error.Failure.Kind);
        Assert.True(error.Failure.DoomsEveryRow);
        Assert.Contains("this session was disconnected", error.Message);
    }

    [Fact]
    public void A_disconnected_session_cannot_be_acquired_and_says_why()
    {
        var session = TestSessions.Over(new ScriptedHandler(ScriptedHandler.Answer(200, ScriptedHandler.Ok)), new FakeClock());
        session.Dispose();
        var error = Assert.Throws<MimecastApiException>(session.Acquire);
        Assert.StartsWith("SessionDisconnected: this session was disconnected", error.Message);
    }

    [Fact]
    public void Retiring_releases_the_http_client_only_when_the_last_user_is_done()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Answer(200, ScriptedHandler.Ok));
        var session = TestSessions.Over(handler, new FakeClock());
        session.Acquire();
        session.Retire();
        Assert.False(handler.Disposed);
        session.Release();
        Assert.True(handler.Disposed);
    }
}
