using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

public sealed class AmbiguousRetryTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void A_retry_after_a_connection_dropped_after_executing_never_creates_twice_and_says_an_earlier_attempt_may_have_succeeded()
    {
        var server = sandbox.Fresh();
        server.Options.DropAfterExecuteRate = 0.5;
        server.Options.Seed = 21;
        server.Reset();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1("-MaxRetryCount 10")).Terminating);
        var result = ps.Run("1..20 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('amb{0:D2}@example.com' -f $_) } } | New-MimecastUser -BatchSize 1 -ThrottleLimit 2");
        Assert.True(server.Faults.DropAfterExecute > 0);
        Assert.Equal(20, result.Output.Count + result.Errors.Count);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("err_user_already_exists,", e.FullyQualifiedErrorId);
            Assert.Contains("An earlier attempt of this row may have succeeded", e.Exception.Message);
            Assert.Contains("earlier attempt", e.ErrorDetails.RecommendedAction);
        });
        Assert.Equal(20, server.Directory.Users.Count);
        Assert.All(server.Directory.Users, u => Assert.Equal(1, server.Directory.CreateCount(u.EmailAddress)));
    }
}
