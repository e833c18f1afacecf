namespace MimecastPS.Tests.Module;

public sealed class ConnectTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void Api1_keys_connect_after_checking_them_with_get_account()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        var result = ps.Run(sandbox.ConnectApi1("-PassThru"));
        Assert.Null(result.Terminating);
        var session = Assert.Single(result.Output);
        Assert.Equal("1.0", session.Properties["ApiVersion"].Value);
        var check = Assert.Single(server.Received);
        Assert.Equal("/api/account/get-account", check.Path);
        Assert.Equal(200, check.StatusCode);
    }
}
