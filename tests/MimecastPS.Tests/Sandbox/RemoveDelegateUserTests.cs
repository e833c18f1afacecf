using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class RemoveDelegateUserTests
{
    private const string AddDelegate = "/api/user/add-delegate-user";
    private const string FindDelegates = "/api/user/find-delegate-users";
    private const string RemoveDelegate = "/api/user/remove-delegate-user";

    [Fact]
    public async Task AddThenFindThenRemoveThenFindAgreeWithEachOther()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("pa@example.com");
        sandbox.Directory.AddUser("boss@example.com");
        sandbox.Directory.AddUser("shared@example.com");
        await client.PostSignedAsync(AddDelegate, Envelope.Data(
            new { primaryAddress = "pa@example.com", delegateAddress = "boss@example.com" },
            new { primaryAddress = "pa@example.com", delegateAddress = "shared@example.com" }));
        var query = Envelope.Data(new { primaryAddress = "pa@example.com" });
        var found = await client.PostSignedAsync(FindDelegates, query);
        var bossRight = found.Data[0].GetProperty("delegateUsers")[0].GetProperty("id").GetString();

        var removed = await client.PostSignedAsync(RemoveDelegate, Envelope.Data(new { id = bossRight, primaryAddress = "pa@example.com" }));
        var afterRemove = await client.PostSignedAsync(FindDelegates, query);

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Empty(removed.Data.EnumerateArray());
        Assert.Empty(removed.Fail.EnumerateArray());
        var left = Assert.Single(afterRemove.Data[0].GetProperty("delegateUsers").EnumerateArray());
        Assert.Equal("shared@example.com", left.GetProperty("emailAddress").GetString());
        Assert.Equal("shared@example.com", Assert.Single(sandbox.Directory.Delegates).DelegateAddress);
    }

    [Fact]
    public async Task RemovingTwiceOrWithAnotherUsersAddressFails()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("pa@example.com");
        sandbox.Directory.AddUser("boss@example.com");
        var granted = await client.PostSignedAsync(AddDelegate, Envelope.Data(new { primaryAddress = "pa@example.com", delegateAddress = "boss@example.com" }));
        var id = granted.Data[0].GetProperty("id").GetString();

        var wrongOwner = await client.PostSignedAsync(RemoveDelegate, Envelope.Data(new { id, primaryAddress = "boss@example.com" }));
        var first = await client.PostSignedAsync(RemoveDelegate, Envelope.Data(new { id, primaryAddress = "pa@example.com" }));
        var second = await client.PostSignedAsync(RemoveDelegate, Envelope.Data(new { id, primaryAddress = "pa@example.com" }));

        Assert.Equal("err_delegate_not_found", wrongOwner.FirstErrorCode);
        Assert.Empty(first.Fail.EnumerateArray());
        Assert.Equal("err_delegate_not_found", second.FirstErrorCode);
        Assert.Equal(id, second.Fail[0].GetProperty("key").GetProperty("id").GetString());
        Assert.Empty(sandbox.Directory.Delegates);
    }

    [Theory]
    [InlineData("{\"primaryAddress\":\"pa@example.com\"}", "err_validation_null", "id")]
    [InlineData("{\"id\":\"d-1\"}", "err_validation_null", "primaryAddress")]
    [InlineData("{\"id\":\"d-1\",\"primaryAddress\":\"pa\"}", "err_validation_invalid_email_address", "primaryAddress")]
    public async Task IncompleteItemFailsWithItsCode(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(RemoveDelegate, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
