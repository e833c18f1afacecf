using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class UpdateUserTests
{
    private const string UpdateUser = "/api/user/update-user";

    [Fact]
    public async Task ChangesOnlyTheFieldsPresentAndNeverEchoesThePassword()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("a@example.com", "Ann");
        await client.PostSignedAsync(UpdateUser, "{\"data\":[{\"emailAddress\":\"a@example.com\",\"accountLocked\":true,\"allowPop\":true}]}");

        var response = await client.PostSignedAsync(UpdateUser,
            "{\"data\":[{\"emailAddress\":\"A@EXAMPLE.COM\",\"allowPop\":false,\"password\":\"N3w!\",\"archiveStartDate\":\"2015-11-16T14:49:18+0000\"}]}");

        var user = sandbox.Directory.FindUser("a@example.com")!;
        Assert.True(user.AccountLocked);
        Assert.False(user.AllowPop);
        Assert.Equal("Ann", user.Name);
        Assert.Equal("N3w!", user.Password);
        Assert.Equal(new DateTimeOffset(2015, 11, 16, 14, 49, 18, TimeSpan.Zero), user.ArchiveStartDate);
        var data = response.Data[0];
        Assert.Equal("a@example.com", data.GetProperty("emailAddress").GetString());
        Assert.True(data.GetProperty("accountLocked").GetBoolean());
        Assert.False(data.GetProperty("allowPop").GetBoolean());
        Assert.Equal("2015-11-16T14:49:18+0000", data.GetProperty("archiveStartDate").GetString());
        Assert.False(data.TryGetProperty("password", out _));
        Assert.DoesNotContain("N3w!", response.Json.GetRawText());
    }

    [Theory]
    [InlineData("{\"emailAddress\":\"nobody@example.com\"}", "err_user_not_found", "emailAddress")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"archiveStartDate\":\"2015-11-16\"}", "err_validation_invalid_date", "archiveStartDate")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"archiveStartDate\":\"2015-11-16T14:49:18Z\"}", "err_validation_invalid_date", "archiveStartDate")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"accountLocked\":\"false\"}", "err_validation_invalid_boolean", "accountLocked")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"allowSmtp\":1}", "err_validation_invalid_boolean", "allowSmtp")]
    [InlineData("{\"emailAddress\":\"a@example.com\",\"name\":\"\"}", "err_validation_blank", "name")]
    [InlineData("{\"emailAddress\":\"a.example.com\"}", "err_validation_invalid_email_address", "emailAddress")]
    public async Task InvalidItemFailsWithItsCodeAndChangesNothing(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var before = sandbox.Directory.AddUser("a@example.com", "Ann");

        var response = await client.PostSignedAsync(UpdateUser, $"{{\"data\":[{item}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(before, sandbox.Directory.FindUser("a@example.com"));
    }
}
