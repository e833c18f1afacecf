using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class GetGroupMembersTests
{
    private const string GetGroupMembers = "/api/directory/get-group-members";
    private const string AddGroupMember = "/api/directory/add-group-member";

    [Fact]
    public async Task DescribesAddressAndDomainMembers()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" },
            new { id = SeededGroups.FinanceId, emailAddress = "auditor@outside.org" },
            new { id = SeededGroups.FinanceId, domain = "contoso.com" }));

        var response = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { id = SeededGroups.FinanceId }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var members = response.Data[0].GetProperty("groupMembers").EnumerateArray().ToArray();
        Assert.Equal(3, members.Length);
        Assert.Equal("ann@example.com", members[0].GetProperty("emailAddress").GetString());
        Assert.Equal("example.com", members[0].GetProperty("domain").GetString());
        Assert.True(members[0].GetProperty("internal").GetBoolean());
        Assert.Equal("email", members[0].GetProperty("type").GetString());
        Assert.Equal("Ann", members[0].GetProperty("name").GetString());
        Assert.False(members[1].GetProperty("internal").GetBoolean());
        Assert.Equal("", members[1].GetProperty("name").GetString());
        Assert.False(members[2].TryGetProperty("emailAddress", out _));
        Assert.Equal("contoso.com", members[2].GetProperty("domain").GetString());
        Assert.Equal("domain", members[2].GetProperty("type").GetString());
        Assert.True(members[2].GetProperty("internal").GetBoolean());
    }

    [Fact]
    public async Task PagesThroughEveryMemberWithACursor()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var group = sandbox.Directory.AddGroup("Big");
        var addresses = Enumerable.Range(1, 12).Select(i => $"m{i:D2}@example.com").ToArray();
        await client.PostSignedAsync(AddGroupMember, Envelope.Data(addresses.Select(a => (object)new { id = group.Id, emailAddress = a }).ToArray()));

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var response = await client.PostSignedAsync(GetGroupMembers, Envelope.Page(5, token, new { id = group.Id }));
            var pagination = response.Json.GetProperty("meta").GetProperty("pagination");
            Assert.Equal(12, pagination.GetProperty("totalCount").GetInt32());
            seen.AddRange(response.Data[0].GetProperty("groupMembers").EnumerateArray().Select(m => m.GetProperty("emailAddress").GetString()!));
            token = pagination.TryGetProperty("next", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(addresses, seen);
    }

    [Fact]
    public async Task EmptyGroupHasNoMembersAndNoNextPage()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { id = SeededGroups.FinanceId }));

        Assert.Empty(response.Data[0].GetProperty("groupMembers").EnumerateArray());
        Assert.False(response.Json.GetProperty("meta").GetProperty("pagination").TryGetProperty("next", out _));
    }

    [Fact]
    public async Task UnknownGroupIsAFailEntryKeyedByTheItem()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { id = "eNoNoSuchGroup" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal("err_folder_not_found", response.FirstErrorCode);
        Assert.Equal("eNoNoSuchGroup", response.Fail[0].GetProperty("key").GetProperty("id").GetString());
        Assert.False(response.Json.GetProperty("meta").TryGetProperty("pagination", out _));
    }

    [Theory]
    [InlineData("{\"data\":[]}")]
    [InlineData("{}")]
    public async Task RequestWithoutTheGroupItemIsRefused(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetGroupMembers, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
    }

    [Fact]
    public async Task MissingIdIsAValidationFailEntry()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetGroupMembers, Envelope.Data(new { name = "Finance" }));

        Assert.Equal("err_validation_null", response.FirstErrorCode);
    }
}
