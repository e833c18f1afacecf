using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class GetAliasesTests
{
    private const string GetAliases = "/api/user/get-aliases";

    [Fact]
    public async Task ListsTheAliasesUpdateAliasAddedInTheUpdateAliasShape()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        sandbox.Directory.AddUser("bob@example.com", "Bob");
        var added = await client.PostSignedAsync("/api/user/update-alias", Envelope.Data(
            new { aliasFor = "ann@example.com", alias = "a.smith@contoso.com" },
            new { aliasFor = "ann@example.com", alias = "ann@outside.org" }));

        var response = await client.PostSignedAsync(GetAliases, Envelope.Data(
            new { emailAddress = "ANN@example.com" },
            new { emailAddress = "bob@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var aliases = response.Data[0].GetProperty("aliases").EnumerateArray().ToArray();
        Assert.Equal(2, aliases.Length);
        Assert.Equal(added.Data[0].ToString(), aliases[0].ToString());
        Assert.Equal(added.Data[1].ToString(), aliases[1].ToString());
        Assert.Equal("ann@example.com", aliases[0].GetProperty("aliasFor").GetString());
        Assert.Equal("contoso.com", aliases[0].GetProperty("domain").GetString());
        Assert.Equal("alias", aliases[0].GetProperty("type").GetString());
        Assert.Empty(response.Data[1].GetProperty("aliases").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"emailAddress\":\"nobody@example.com\"}", "err_user_not_found")]
    [InlineData("{\"emailAddress\":\"not an address\"}", "err_validation_invalid_email_address")]
    [InlineData("{}", "err_validation_null")]
    public async Task InvalidItemFailsWithItsCode(string item, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetAliases, $"{{\"data\":[{item}]}}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal("emailAddress", response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
