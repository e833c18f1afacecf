using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class AddGroupMemberTests
{
    private const string AddGroupMember = "/api/directory/add-group-member";

    [Fact]
    public async Task BatchAnswersOneDataItemPerMemberInItemOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "Ann@Example.com" },
            new { id = SeededGroups.FinanceId, domain = "partner.org" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Fail.EnumerateArray());
        var ann = response.Data[0];
        Assert.Equal(SeededGroups.FinanceId, ann.GetProperty("folderId").GetString());
        Assert.Equal("Ann@Example.com", ann.GetProperty("emailAddress").GetString());
        Assert.True(ann.GetProperty("internal").GetBoolean());
        Assert.StartsWith("eNo", ann.GetProperty("id").GetString());
        var domain = response.Data[1];
        Assert.Equal("partner.org", domain.GetProperty("domain").GetString());
        Assert.False(domain.TryGetProperty("emailAddress", out _));
        Assert.False(domain.GetProperty("internal").GetBoolean());
        var members = sandbox.Directory.MembersOf(SeededGroups.FinanceId);
        Assert.Equal([ann.GetProperty("id").GetString(), domain.GetProperty("id").GetString()], members.Select(m => m.Id));
    }

    [Fact]
    public async Task AlreadyAMemberIsTheDocumentedFailEntryAndChangesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        await client.PostSignedAsync(AddGroupMember, Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }));

        var response = await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "ANN@example.com" },
            new { id = SeededGroups.FinanceId, emailAddress = "bob@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("bob@example.com", Assert.Single(response.Data.EnumerateArray()).GetProperty("emailAddress").GetString());
        var fail = Assert.Single(response.Fail.EnumerateArray());
        Assert.Equal("ANN@example.com", fail.GetProperty("key").GetProperty("emailAddress").GetString());
        var error = Assert.Single(fail.GetProperty("errors").EnumerateArray());
        Assert.Equal("err_folder_group_member_already_exists", error.GetProperty("code").GetString());
        Assert.Equal("Group member already exists", error.GetProperty("message").GetString());
        Assert.False(error.GetProperty("retryable").GetBoolean());
        Assert.Equal(2, sandbox.Directory.MembersOf(SeededGroups.FinanceId).Count);
    }

    [Fact]
    public async Task TheSameAddressMayBelongToSeveralGroups()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var sales = sandbox.Directory.Groups.Single(g => g.Description == "Sales");

        var response = await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" },
            new { id = sales.Id, emailAddress = "ann@example.com" }));

        Assert.Equal(2, response.Data.GetArrayLength());
        Assert.Single(sandbox.Directory.MembersOf(sales.Id));
    }

    [Theory]
    [InlineData("{\"id\":\"eNoNoSuchGroup\",\"emailAddress\":\"ann@example.com\"}", "err_folder_not_found", null)]
    [InlineData("{\"emailAddress\":\"ann@example.com\"}", "err_validation_null", "id")]
    [InlineData("{\"id\":\"G\"}", "err_validation_null", "emailAddress")]
    [InlineData("{\"id\":\"G\",\"emailAddress\":\"ann\"}", "err_validation_invalid_email_address", "emailAddress")]
    [InlineData("{\"id\":\"G\",\"domain\":\"a@b.com\"}", "err_validation_invalid_domain", "domain")]
    [InlineData("{\"id\":\"G\",\"emailAddress\":\"ann@example.com\",\"domain\":\"example.com\"}", "err_validation_ambiguous_member", "domain")]
    public async Task InvalidItemFailsWithItsCode(string item, string code, string? field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(AddGroupMember, $"{{\"data\":[{item.Replace("\"G\"", $"\"{SeededGroups.FinanceId}\"")}]}}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        var error = response.Fail[0].GetProperty("errors")[0];
        Assert.Equal(field, error.TryGetProperty("field", out var f) ? f.GetString() : null);
        Assert.Empty(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
    }
}
