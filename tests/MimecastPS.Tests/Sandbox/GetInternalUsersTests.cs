using System.Net;
using System.Text.Json;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class GetInternalUsersTests
{
    private const string GetInternalUsers = "/api/user/get-internal-users";

    [Fact]
    public async Task PagesThroughEveryMatchInAddressOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        for (var i = 25; i >= 1; i--)
        {
            sandbox.Directory.AddUser($"user{i:D2}@example.com", $"User {i}");
        }

        sandbox.Directory.AddUser("other@contoso.com", "Other");

        var seen = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var pagination = token is null ? (object)new { pageSize = 10 } : new { pageSize = 10, pageToken = token };
            var body = JsonSerializer.Serialize(new { meta = new { pagination }, data = new[] { new { domain = "example.com" } } });
            var response = await client.PostSignedAsync(GetInternalUsers, body);
            var meta = response.Json.GetProperty("meta").GetProperty("pagination");
            Assert.Equal(25, meta.GetProperty("totalCount").GetInt32());
            Assert.Equal(10, meta.GetProperty("pageSize").GetInt32());
            seen.AddRange(response.Data[0].GetProperty("users").EnumerateArray().Select(user => user.GetProperty("emailAddress").GetString()!));
            token = meta.TryGetProperty("next", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"user{i:D2}@example.com"), seen);
    }

    [Fact]
    public async Task QueryMatchesAddressOrNameIgnoringCase()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann Smith");
        sandbox.Directory.AddUser("smithers@contoso.com", "Waylon");
        sandbox.Directory.AddUser("bob@example.com", "Bob");

        var response = await client.PostSignedAsync(GetInternalUsers, "{\"data\":[{\"query\":\"SMITH\"}]}");

        var users = response.Data[0].GetProperty("users");
        Assert.Equal(["ann@example.com", "smithers@contoso.com"], users.EnumerateArray().Select(user => user.GetProperty("emailAddress").GetString()));
        Assert.False(response.Json.GetProperty("meta").GetProperty("pagination").TryGetProperty("next", out _));
    }

    [Fact]
    public async Task WorksWithoutABodyAndDefaultsTo100PerPage()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        for (var i = 0; i < 150; i++)
        {
            sandbox.Directory.AddUser($"u{i:D3}@example.com");
        }

        var response = await client.PostSignedAsync(GetInternalUsers, "");

        Assert.Equal(100, response.Data[0].GetProperty("users").GetArrayLength());
        Assert.Equal(150, response.Json.GetProperty("meta").GetProperty("pagination").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ForgedPageTokenIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(GetInternalUsers, "{\"meta\":{\"pagination\":{\"pageToken\":\"!!\"}}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("err_validation_invalid_page_token", response.FirstErrorCode);
    }

    [Fact]
    public async Task NonStringFilterIsAFailEntryForTheItem()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com");

        var response = await client.PostSignedAsync(GetInternalUsers, "{\"data\":[{\"domain\":7}]}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Equal("err_validation_invalid_string", response.FirstErrorCode);
        Assert.Equal(7, response.Fail[0].GetProperty("key").GetProperty("domain").GetInt32());
    }

    [Fact]
    public async Task PageSizeThatIsNotANumberFallsBackToTheDefault()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com");

        var response = await client.PostSignedAsync(GetInternalUsers, "{\"meta\":{\"pagination\":{\"pageSize\":\"10\"}}}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(100, response.Json.GetProperty("meta").GetProperty("pagination").GetProperty("pageSize").GetInt32());
    }
}
