using System.Text.Json.Nodes;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class CreateAccountTests
{
    internal const string ValidAccountBody = "{\"data\":[" + ValidAccount + "]}";

    private const string ValidAccount = """
        {"accountName":"Fabrikam","addressLine1":"1 Road","country":"GB","city":"London","state":"LDN","postalCode":"N1 1AA",
         "companyRegistrationNumber":"123","maximumRetention":180,"contactEmail":"it@fabrikam.com","contactName":"Fab",
         "telephone":"+44 20 0000 0000","numberOfUsers":100,"adminRole":"full_admin","adminPassword":"P4ss!",
         "forcePasswordChange":false,"mailPlatform":"office_365","umbrellaAccounts":["CUMB1"],"products":[9702,9703]}
        """;

    [Fact]
    public async Task CreatesTheAccount()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/account/create-account", ValidAccountBody);

        var data = response.Data[0];
        var account = Assert.Single(sandbox.Directory.Accounts);
        Assert.Equal(account.AccountCode, data.GetProperty("accountCode").GetString());
        Assert.Equal("Fabrikam", account.AccountName);
        Assert.Equal(2, data.GetProperty("packages").GetArrayLength());
        Assert.EndsWith("@" + data.GetProperty("domain").GetString(), data.GetProperty("adminEmail").GetString());
        Assert.DoesNotContain("P4ss!", response.Json.GetRawText());
    }

    [Theory]
    [InlineData("accountName", null, "err_validation_null")]
    [InlineData("products", null, "err_validation_null")]
    [InlineData("products", "[]", "err_validation_blank")]
    [InlineData("products", "[\"9702\"]", "err_validation_invalid_number")]
    [InlineData("maximumRetention", "0", "err_validation_out_of_range")]
    [InlineData("maximumRetention", "1000000", "err_validation_out_of_range")]
    [InlineData("maximumRetention", "\"180\"", "err_validation_invalid_number")]
    [InlineData("numberOfUsers", "0", "err_validation_out_of_range")]
    [InlineData("adminRole", "\"root\"", "err_validation_invalid_enum")]
    [InlineData("mailPlatform", "\"gmail\"", "err_validation_invalid_enum")]
    [InlineData("contactEmail", "\"it-at-fabrikam\"", "err_validation_invalid_email_address")]
    [InlineData("country", "\"GBR\"", "err_validation_invalid_country")]
    [InlineData("forcePasswordChange", "\"no\"", "err_validation_invalid_boolean")]
    [InlineData("telephone", "\" \"", "err_validation_blank")]
    public async Task InvalidFieldFailsWithItsCodeAndCreatesNothing(string field, string? json, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var item = JsonNode.Parse(ValidAccount)!.AsObject();
        item.Remove(field);
        if (json is not null)
        {
            item[field] = JsonNode.Parse(json);
        }

        var response = await client.PostSignedAsync("/api/account/create-account", $"{{\"data\":[{item.ToJsonString()}]}}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Empty(sandbox.Directory.Accounts);
    }
}
