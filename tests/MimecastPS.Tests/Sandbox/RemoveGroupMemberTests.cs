using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class RemoveGroupMemberTests
{
    private const string AddGroupMember = "/api/directory/add-group-member";
    private const string RemoveGroupMember = "/api/directory/remove-group-member";
    private const string GetGroupMembers = "/api/directory/get-group-members";
    private const string FindGroups = "/api/directory/find-groups";

    [Fact]
    public async Task AnswersWithTheRemovedMemberAndItsId()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var added = await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" },
            new { id = SeededGroups.FinanceId, domain = "partner.org" }));

        var response = await client.PostSignedAsync(RemoveGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "ANN@example.com" },
            new { id = SeededGroups.FinanceId, domain = "PARTNER.org" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Fail.EnumerateArray());
        var ann = response.Data[0];
        Assert.Equal(added.Data[0].GetProperty("id").GetString(), ann.GetProperty("id").GetString());
        Assert.Equal(SeededGroups.FinanceId, ann.GetProperty("folderId").GetString());
        Assert.Equal("ann@example.com", ann.GetProperty("emailAddress").GetString());
        Assert.True(ann.GetProperty("internal").GetBoolean());
        Assert.Equal("partner.org", response.Data[1].GetProperty("domain").GetString());
        Assert.Empty(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
    }

    [Fact]
    public async Task NotAMemberIsTheDocumentedFailEntry()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        await client.PostSignedAsync(AddGroupMember, Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }));

        var response = await client.PostSignedAsync(RemoveGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "bob@example.com" },
            new { id = SeededGroups.FinanceId, domain = "example.com" }));

        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal("bob@example.com", response.Fail[0].GetProperty("key").GetProperty("emailAddress").GetString());
        var error = response.Fail[0].GetProperty("errors")[0];
        Assert.Equal("err_folder_email_address_not_found", error.GetProperty("code").GetString());
        Assert.Equal("Error email address not found", error.GetProperty("message").GetString());
        Assert.False(error.GetProperty("retryable").GetBoolean());
        Assert.Equal("err_folder_domain_not_found", response.Fail[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Single(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
    }

    [Fact]
    public async Task UnknownGroupIsAFailEntry()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(RemoveGroupMember, Envelope.Data(new { id = "eNoNoSuchGroup", emailAddress = "ann@example.com" }));

        Assert.Equal("err_folder_not_found", response.FirstErrorCode);
    }

    [Fact]
    public async Task AddThenListThenRemoveThenListAgreeWithEachOther()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var member = new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" };

        await client.PostSignedAsync(AddGroupMember, Envelope.Data(member));
        var afterAdd = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { id = SeededGroups.FinanceId }));
        var countAfterAdd = await FinanceUserCountAsync(client);
        await client.PostSignedAsync(RemoveGroupMember, Envelope.Data(member));
        var afterRemove = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { id = SeededGroups.FinanceId }));
        var removeAgain = await client.PostSignedAsync(RemoveGroupMember, Envelope.Data(member));

        Assert.Equal("ann@example.com", Assert.Single(afterAdd.Data[0].GetProperty("groupMembers").EnumerateArray()).GetProperty("emailAddress").GetString());
        Assert.Equal(1, countAfterAdd);
        Assert.Empty(afterRemove.Data[0].GetProperty("groupMembers").EnumerateArray());
        Assert.Equal(0, await FinanceUserCountAsync(client));
        Assert.Equal("err_folder_email_address_not_found", removeAgain.FirstErrorCode);
    }

    private static async Task<int> FinanceUserCountAsync(SandboxClient client)
    {
        var response = await client.PostSignedAsync(FindGroups, Envelope.Data(new { query = "Finance" }));
        return response.Data[0].GetProperty("folders").EnumerateArray()
            .Single(folder => folder.GetProperty("id").GetString() == SeededGroups.FinanceId)
            .GetProperty("userCount").GetInt32();
    }
}
