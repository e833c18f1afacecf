using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class CreateUserTests
{
    private const string CreateUser = "/api/user/create-user";

    [Fact]
    public async Task CreatesTheUserAndAnswersWithAddressAndId()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser,
            "{\"data\":[{\"emailAddress\":\"Ann@Example.com\",\"name\":\"Ann\",\"password\":\"S3cret!\",\"accountCode\":\"C1\",\"forcePasswordChange\":true}]}");

        var user = sandbox.Directory.FindUser("ann@example.com")!;
        Assert.Equal("Ann@Example.com", user.EmailAddress);
        Assert.Equal("S3cret!", user.Password);
        Assert.True(user.ForcePasswordChange);
        Assert.Equal("Ann@Example.com", response.Data[0].GetProperty("emailAddress").GetString());
        Assert.Equal(user.Id, response.Data[0].GetProperty("id").GetString());
        Assert.DoesNotContain("S3cret!", response.Json.GetRawText());
        Assert.Equal(1, sandbox.Directory.CreateCount("ANN@example.com"));
    }

    [Theory]
    [InlineData("{\"emailAddress\":\"not-an-address\"}", "err_validation_invalid_email_address", "emailAddress")]
    [InlineData("{\"name\":\"No Address\"}", "err_validation_null", "emailAddress")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"name\":\"  \"}", "err_validation_blank", "name")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"forcePasswordChange\":\"true\"}", "err_validation_invalid_boolean", "forcePasswordChange")]
    [InlineData("{\"emailAddress\":\"a@elsewhere.org\"}", "err_domain_not_internal", "emailAddress")]
    public async Task InvalidItemFailsWithItsCode(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(CreateUser, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Empty(sandbox.Directory.Users);
    }

    [Fact]
    public async Task ExistingAddressFailsInAnyCaseAndGoodItemsInTheSameBatchStillRun()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("taken@example.com", "Taken");

        var response = await client.PostSignedAsync(CreateUser,
            "{\"data\":[{\"emailAddress\":\"TAKEN@example.com\"},{\"emailAddress\":\"free@contoso.com\"}]}");

        Assert.Equal("err_user_already_exists", response.FirstErrorCode);
        Assert.Equal("free@contoso.com", response.Data[0].GetProperty("emailAddress").GetString());
        Assert.Equal(0, sandbox.Directory.CreateCount("taken@example.com"));
        Assert.Equal(1, sandbox.Directory.CreateCount("free@contoso.com"));
    }

    [Fact]
    public async Task InternalDomainsAreReadLive()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        sandbox.Options.InternalDomains = ["fabrikam.com"];
        var response = await client.PostSignedAsync(CreateUser, "{\"data\":[{\"emailAddress\":\"a@fabrikam.com\"}]}");

        Assert.Equal(1, response.Data.GetArrayLength());
    }
}
