using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class RemoveAliasTests
{
    private const string UpdateAlias = "/api/user/update-alias";
    private const string RemoveAlias = "/api/user/remove-alias";
    private const string GetAliases = "/api/user/get-aliases";

    [Fact]
    public async Task SuccessIsAnEmptyAnswerWithoutFailEntries()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        await client.PostSignedAsync(UpdateAlias, Envelope.Data(
            new { aliasFor = "ann@example.com", alias = "a1@example.com" },
            new { aliasFor = "ann@example.com", alias = "a2@example.com" }));

        var response = await client.PostSignedAsync(RemoveAlias, Envelope.Data(new { alias = "A1@example.com", aliasFor = "ann@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(200, response.Json.GetProperty("meta").GetProperty("status").GetInt32());
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Empty(response.Fail.EnumerateArray());
        Assert.Equal(["a2@example.com"], sandbox.Directory.FindUser("ann@example.com")!.Aliases);
        Assert.Equal("a2@example.com", Assert.Single(sandbox.Directory.Aliases).Alias);
    }

    [Fact]
    public async Task InABatchOnlyTheFailuresShow()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        await client.PostSignedAsync(UpdateAlias, Envelope.Data(new { aliasFor = "ann@example.com", alias = "a1@example.com" }));

        var response = await client.PostSignedAsync(RemoveAlias, Envelope.Data(
            new { alias = "a1@example.com", aliasFor = "ann@example.com" },
            new { alias = "never@example.com", aliasFor = "ann@example.com" }));

        Assert.Empty(response.Data.EnumerateArray());
        var fail = Assert.Single(response.Fail.EnumerateArray());
        Assert.Equal("never@example.com", fail.GetProperty("key").GetProperty("alias").GetString());
        Assert.Equal("err_alias_not_found", fail.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(sandbox.Directory.Aliases);
    }

    [Theory]
    [InlineData("{\"alias\":\"a1@example.com\",\"aliasFor\":\"bob@example.com\"}", "err_alias_not_found", "alias")]
    [InlineData("{\"alias\":\"a1@example.com\",\"aliasFor\":\"nobody@example.com\"}", "err_alias_owner_not_found", "aliasFor")]
    [InlineData("{\"alias\":\"a1@example.com\"}", "err_validation_null", "aliasFor")]
    [InlineData("{\"alias\":\"a1\",\"aliasFor\":\"ann@example.com\"}", "err_validation_invalid_email_address", "alias")]
    public async Task InvalidItemFailsAndKeepsTheAlias(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        sandbox.Directory.AddUser("bob@example.com", "Bob");
        await client.PostSignedAsync(UpdateAlias, Envelope.Data(new { aliasFor = "ann@example.com", alias = "a1@example.com" }));

        var response = await client.PostSignedAsync(RemoveAlias, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(["a1@example.com"], sandbox.Directory.FindUser("ann@example.com")!.Aliases);
    }

    [Fact]
    public async Task AddThenListThenRemoveThenListAgreeWithEachOther()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        var alias = new { aliasFor = "ann@example.com", alias = "a1@example.com" };
        var owner = Envelope.Data(new { emailAddress = "ann@example.com" });

        await client.PostSignedAsync(UpdateAlias, Envelope.Data(alias));
        var afterAdd = await client.PostSignedAsync(GetAliases, owner);
        await client.PostSignedAsync(RemoveAlias, Envelope.Data(alias));
        var afterRemove = await client.PostSignedAsync(GetAliases, owner);
        var readd = await client.PostSignedAsync(UpdateAlias, Envelope.Data(alias));

        Assert.Equal("a1@example.com", Assert.Single(afterAdd.Data[0].GetProperty("aliases").EnumerateArray()).GetProperty("alias").GetString());
        Assert.Empty(afterRemove.Data[0].GetProperty("aliases").EnumerateArray());
        Assert.Empty(readd.Fail.EnumerateArray());
        Assert.Single(sandbox.Directory.Aliases);
    }
}
