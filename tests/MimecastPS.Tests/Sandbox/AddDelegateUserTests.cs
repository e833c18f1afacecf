using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class AddDelegateUserTests
{
    private const string AddDelegate = "/api/user/add-delegate-user";

    [Fact]
    public async Task DataItemsComeBackInItemOrderWithSelfDelegationAsSuccessFalse()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        sandbox.Directory.AddUser("bob@example.com", "Bob");

        var response = await client.PostSignedAsync(AddDelegate,
            "{\"data\":[{\"primaryAddress\":\"ann@example.com\",\"delegateAddress\":\"bob@example.com\"}," +
            "{\"primaryAddress\":\"ann@example.com\",\"delegateAddress\":\"ANN@example.com\"}]}");

        Assert.True(response.Data[0].GetProperty("success").GetBoolean());
        Assert.NotEqual("", response.Data[0].GetProperty("id").GetString());
        Assert.False(response.Data[1].GetProperty("success").GetBoolean());
        Assert.Equal("", response.Data[1].GetProperty("id").GetString());
        Assert.Empty(response.Fail.EnumerateArray());
        var created = Assert.Single(sandbox.Directory.Delegates);
        Assert.Equal(response.Data[0].GetProperty("id").GetString(), created.Id);
    }

    [Theory]
    [InlineData("{\"primaryAddress\":\"nobody@example.com\",\"delegateAddress\":\"bob@example.com\"}", "err_user_not_found", "primaryAddress")]
    [InlineData("{\"primaryAddress\":\"ann@example.com\",\"delegateAddress\":\"nobody@example.com\"}", "err_user_not_found", "delegateAddress")]
    [InlineData("{\"primaryAddress\":\"ann@example.com\",\"delegateAddress\":\"bob\"}", "err_validation_invalid_email_address", "delegateAddress")]
    [InlineData("{\"delegateAddress\":\"bob@example.com\"}", "err_validation_null", "primaryAddress")]
    public async Task InvalidItemFailsWithItsCodeAndField(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        sandbox.Directory.AddUser("bob@example.com", "Bob");

        var response = await client.PostSignedAsync(AddDelegate, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Empty(sandbox.Directory.Delegates);
    }
}
