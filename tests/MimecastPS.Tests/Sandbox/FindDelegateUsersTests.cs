using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class FindDelegateUsersTests
{
    private const string AddDelegate = "/api/user/add-delegate-user";
    private const string FindDelegates = "/api/user/find-delegate-users";

    [Fact]
    public async Task ListsTheRightsAddDelegateUserGrantedWithTheirIds()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("pa@example.com", "Pat Assistant");
        sandbox.Directory.AddUser("boss@example.com", "The Boss");
        sandbox.Directory.AddUser("shared@example.com");
        var granted = await client.PostSignedAsync(AddDelegate, Envelope.Data(
            new { primaryAddress = "pa@example.com", delegateAddress = "boss@example.com" },
            new { primaryAddress = "pa@example.com", delegateAddress = "shared@example.com" },
            new { primaryAddress = "boss@example.com", delegateAddress = "shared@example.com" }));

        var response = await client.PostSignedAsync(FindDelegates, Envelope.Data(new { primaryAddress = "PA@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var rights = Assert.Single(response.Data.EnumerateArray()).GetProperty("delegateUsers").EnumerateArray().ToArray();
        Assert.Equal(2, rights.Length);
        Assert.Equal(granted.Data[0].GetProperty("id").GetString(), rights[0].GetProperty("id").GetString());
        Assert.Equal("boss@example.com", rights[0].GetProperty("emailAddress").GetString());
        Assert.Equal("The Boss", rights[0].GetProperty("name").GetString());
        Assert.Equal("cloud", rights[0].GetProperty("source").GetString());
        Assert.Equal(granted.Data[1].GetProperty("id").GetString(), rights[1].GetProperty("id").GetString());
        Assert.Equal("", rights[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task AUserWithoutRightsHasAnEmptyList()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("shared@example.com");

        var response = await client.PostSignedAsync(FindDelegates, Envelope.Data(new { primaryAddress = "shared@example.com" }));

        Assert.Empty(response.Data[0].GetProperty("delegateUsers").EnumerateArray());
        Assert.Empty(response.Fail.EnumerateArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task AnythingButExactlyOneItemIsRefusedAsAWhole(int items)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("a@example.com");
        sandbox.Directory.AddUser("b@example.com");
        var body = Envelope.Data(new[] { "a@example.com", "b@example.com" }.Take(items).Select(a => (object)new { primaryAddress = a }).ToArray());

        var response = await client.PostSignedAsync(FindDelegates, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(400, response.Json.GetProperty("meta").GetProperty("status").GetInt32());
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal("err_validation_item_count", response.FirstErrorCode);
        Assert.Contains("exactly 1", response.FirstErrorMessage);
        Assert.False(response.Fail[0].TryGetProperty("key", out _));
    }

    [Theory]
    [InlineData("{\"primaryAddress\":\"nobody@example.com\"}", "err_user_not_found")]
    [InlineData("{\"primaryAddress\":\"pa\"}", "err_validation_invalid_email_address")]
    [InlineData("{}", "err_validation_null")]
    public async Task InvalidItemFailsWithItsCode(string item, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(FindDelegates, $"{{\"data\":[{item}]}}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal("primaryAddress", response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
