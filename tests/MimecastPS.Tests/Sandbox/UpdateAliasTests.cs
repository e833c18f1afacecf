using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class UpdateAliasTests
{
    private const string UpdateAlias = "/api/user/update-alias";

    [Fact]
    public async Task AddsTheAliasAndDescribesIt()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");

        var response = await client.PostSignedAsync(UpdateAlias,
            "{\"data\":[{\"aliasFor\":\"ANN@example.com\",\"alias\":\"a.smith@contoso.com\"},{\"aliasFor\":\"ann@example.com\",\"alias\":\"ann@outside.org\"}]}");

        var data = response.Data[0];
        Assert.Equal("contoso.com", data.GetProperty("domain").GetString());
        Assert.True(data.GetProperty("isInternal").GetBoolean());
        Assert.Equal("a.smith@contoso.com", data.GetProperty("alias").GetString());
        Assert.Equal("Ann", data.GetProperty("aliasDisplayName").GetString());
        Assert.Equal("ann@example.com", data.GetProperty("aliasFor").GetString());
        Assert.Equal("alias", data.GetProperty("type").GetString());
        Assert.False(response.Data[1].GetProperty("isInternal").GetBoolean());
        Assert.Equal(["a.smith@contoso.com", "ann@outside.org"], sandbox.Directory.FindUser("ann@example.com")!.Aliases);
        Assert.Equal(2, sandbox.Directory.Aliases.Count);
    }

    [Fact]
    public async Task SettingTheSameAliasAgainSucceeds()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        const string body = "{\"data\":[{\"aliasFor\":\"ann@example.com\",\"alias\":\"a@contoso.com\"}]}";

        await client.PostSignedAsync(UpdateAlias, body);
        var again = await client.PostSignedAsync(UpdateAlias, body);

        Assert.Equal(1, again.Data.GetArrayLength());
        Assert.Single(sandbox.Directory.Aliases);
    }

    [Theory]
    [InlineData("{\"aliasFor\":\"nobody@example.com\",\"alias\":\"x@example.com\"}", "err_alias_owner_not_found", "aliasFor")]
    [InlineData("{\"aliasFor\":\"ann@example.com\",\"alias\":\"not an address\"}", "err_validation_invalid_email_address", "alias")]
    [InlineData("{\"aliasFor\":\"ann@example.com\",\"alias\":\"bob@example.com\"}", "err_alias_already_exists", "alias")]
    [InlineData("{\"aliasFor\":\"ann@example.com\",\"alias\":\"robert@example.com\"}", "err_alias_already_exists", "alias")]
    [InlineData("{\"aliasFor\":\"ann@example.com\"}", "err_validation_null", "alias")]
    public async Task InvalidItemFailsWithItsCode(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        sandbox.Directory.AddUser("bob@example.com", "Bob");
        await client.PostSignedAsync(UpdateAlias, "{\"data\":[{\"aliasFor\":\"bob@example.com\",\"alias\":\"robert@example.com\"}]}");

        var response = await client.PostSignedAsync(UpdateAlias, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Empty(sandbox.Directory.FindUser("ann@example.com")!.Aliases);
    }
}
