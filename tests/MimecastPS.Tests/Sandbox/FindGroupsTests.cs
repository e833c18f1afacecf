using System.Net;
using System.Text.Json;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class FindGroupsTests
{
    private const string FindGroups = "/api/directory/find-groups";

    [Fact]
    public async Task ListsTheSeededGroupsWithTheDocumentedFolderFields()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddGroup("Empty");
        await client.PostSignedAsync("/api/directory/add-group-member",
            Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }));

        var response = await client.PostSignedAsync(FindGroups, "");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var folders = response.Data[0].GetProperty("folders").EnumerateArray().ToArray();
        Assert.Equal(["Finance", "Finance EMEA", "Sales", "Shared", "Shared", "All Staff", "Empty"],
            folders.Select(folder => folder.GetProperty("description").GetString()));
        var finance = folders[0];
        Assert.Equal(SeededGroups.FinanceId, finance.GetProperty("id").GetString());
        Assert.Equal("cloud", finance.GetProperty("source").GetString());
        Assert.Equal(SeededGroups.RootId, finance.GetProperty("parentId").GetString());
        Assert.Equal(1, finance.GetProperty("userCount").GetInt32());
        Assert.Equal(1, finance.GetProperty("folderCount").GetInt32());
        Assert.Equal(SeededGroups.FinanceId, folders[1].GetProperty("parentId").GetString());
        Assert.Equal(0, folders[1].GetProperty("folderCount").GetInt32());
        Assert.Equal(["cloud", "ldap"], folders.Where(f => f.GetProperty("description").GetString() == "Shared")
            .Select(f => f.GetProperty("source").GetString()));
        Assert.False(response.Data[0].TryGetProperty("query", out _));
        Assert.Empty(response.Fail.EnumerateArray());
    }

    [Fact]
    public async Task QueryIsASearchTermAndSourceFiltersAndBothAreEchoed()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var finance = await client.PostSignedAsync(FindGroups, Envelope.Data(new { query = "fINANCE" }));
        var ldapShared = await client.PostSignedAsync(FindGroups, Envelope.Data(new { query = "shared", source = "ldap" }));
        var blankQuery = await client.PostSignedAsync(FindGroups, Envelope.Data(new { query = "" }));

        Assert.Equal(["Finance", "Finance EMEA"], Descriptions(finance));
        Assert.Equal("fINANCE", finance.Data[0].GetProperty("query").GetString());
        var shared = Assert.Single(ldapShared.Data[0].GetProperty("folders").EnumerateArray());
        Assert.Equal("ldap", shared.GetProperty("source").GetString());
        Assert.Equal("ldap", ldapShared.Data[0].GetProperty("source").GetString());
        Assert.Equal(6, Descriptions(blankQuery).Count);
    }

    [Fact]
    public async Task PagesThroughEveryMatchWithACursor()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        for (var i = 1; i <= 9; i++)
        {
            sandbox.Directory.AddGroup($"Team {i}", i % 2 == 0 ? "ldap" : "cloud");
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var response = await client.PostSignedAsync(FindGroups, Envelope.Page(4, token, new { query = "team" }));
            var pagination = response.Json.GetProperty("meta").GetProperty("pagination");
            Assert.Equal(4, pagination.GetProperty("pageSize").GetInt32());
            Assert.Equal(9, pagination.GetProperty("totalCount").GetInt32());
            seen.AddRange(Descriptions(response));
            token = pagination.TryGetProperty("next", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"Team {i}"), seen);
    }

    [Fact]
    public async Task DefaultPageSizeIs25()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        for (var i = 0; i < 30; i++)
        {
            sandbox.Directory.AddGroup($"Bulk {i}");
        }

        var response = await client.PostSignedAsync(FindGroups, Envelope.Data(new { query = "bulk" }));

        Assert.Equal(25, Descriptions(response).Count);
        Assert.True(response.Json.GetProperty("meta").GetProperty("pagination").TryGetProperty("next", out _));
    }

    [Theory]
    [InlineData("{\"source\":\"azure\"}", "err_validation_invalid_enum", "source")]
    [InlineData("{\"query\":42}", "err_validation_invalid_string", "query")]
    public async Task BadFilterIsAFailEntryForTheItem(string item, string code, string field)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(FindGroups, $"{{\"data\":[{item}]}}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(field, response.Fail[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Object, response.Fail[0].GetProperty("key").ValueKind);
    }

    [Fact]
    public async Task ForgedPageTokenIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(FindGroups, Envelope.Page(10, "b2Zmc2V0OmFiYw==", new { }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("err_validation_invalid_page_token", response.FirstErrorCode);
    }

    private static List<string> Descriptions(ApiResponse response) =>
        response.Data[0].GetProperty("folders").EnumerateArray().Select(folder => folder.GetProperty("description").GetString()!).ToList();
}
