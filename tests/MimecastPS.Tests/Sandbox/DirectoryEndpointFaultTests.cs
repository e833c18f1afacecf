using System.Net;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

/// <summary>The shared fault, quota and batch-cap machinery reaches the group, alias and delegate endpoints too.</summary>
public class DirectoryEndpointFaultTests
{
    private const string AddGroupMember = "/api/directory/add-group-member";
    private const string RemoveAlias = "/api/user/remove-alias";

    public static TheoryData<string, string> NewEndpoints => new()
    {
        { "/api/directory/find-groups", Envelope.Data(new { query = "Finance" }) },
        { "/api/directory/get-group-members", Envelope.Data(new { id = SeededGroups.FinanceId }) },
        { AddGroupMember, Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }) },
        { "/api/directory/remove-group-member", Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }) },
        { "/api/user/get-aliases", Envelope.Data(new { emailAddress = "ann@example.com" }) },
        { RemoveAlias, Envelope.Data(new { alias = "a1@example.com", aliasFor = "ann@example.com" }) },
        { "/api/user/find-delegate-users", Envelope.Data(new { primaryAddress = "ann@example.com" }) },
        { "/api/user/remove-delegate-user", Envelope.Data(new { id = "d-1", primaryAddress = "ann@example.com" }) },
    };

    [Theory]
    [MemberData(nameof(NewEndpoints))]
    public async Task InjectedServerErrorsAndTheQuotaApply(string path, string body)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Fault503Rate = 1, RateLimitQuota = 1, RateLimitWindow = TimeSpan.FromMinutes(1) });
        using var client = new SandboxClient(sandbox);

        var injected = await client.PostSignedAsync(path, body);
        var overQuota = await client.PostSignedAsync(path, body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, injected.Status);
        Assert.Equal("err_service_unavailable", injected.FirstErrorCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, overQuota.Status);
        Assert.Equal(1, sandbox.Faults.Fault503);
    }

    [Fact]
    public async Task AddGroupMemberWhoseAnswerWasLostMeetsAlreadyExistsOnTheRetry()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DropAfterExecuteRate = 1 });
        using var client = new SandboxClient(sandbox);
        var body = Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostSignedAsync(AddGroupMember, body));
        sandbox.Options.DropAfterExecuteRate = 0;
        var retry = await client.PostSignedAsync(AddGroupMember, body);

        Assert.Equal("err_folder_group_member_already_exists", retry.FirstErrorCode);
        Assert.Single(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
    }

    [Fact]
    public async Task DropBeforeExecuteAddsNoMember()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DropBeforeExecuteRate = 1 });
        using var client = new SandboxClient(sandbox);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostSignedAsync(AddGroupMember,
            Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" })));

        Assert.Empty(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
    }

    [Fact]
    public async Task BatchCapTruncatesGroupMemberBatches()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxItemsPerRequest = 2 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync(AddGroupMember, Envelope.Data(
            new { id = SeededGroups.FinanceId, emailAddress = "a@example.com" },
            new { id = SeededGroups.FinanceId, emailAddress = "b@example.com" },
            new { id = SeededGroups.FinanceId, emailAddress = "c@example.com" }));

        Assert.Equal(2, response.Data.GetArrayLength());
        Assert.Equal(["a@example.com", "b@example.com"], sandbox.Directory.MembersOf(SeededGroups.FinanceId).Select(m => m.EmailAddress));
        Assert.Equal(1, sandbox.Faults.Truncated);
    }

    [Fact]
    public async Task OmitOutcomeOnARemovalLeavesOutTheFailEntryNotAnInvisibleSuccess()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        sandbox.Directory.AddUser("ann@example.com", "Ann");
        await client.PostSignedAsync("/api/user/update-alias", Envelope.Data(
            new { aliasFor = "ann@example.com", alias = "a1@example.com" },
            new { aliasFor = "ann@example.com", alias = "a2@example.com" }));
        sandbox.Options.OmitOutcomeRate = 1;

        var response = await client.PostSignedAsync(RemoveAlias, Envelope.Data(
            new { alias = "a1@example.com", aliasFor = "ann@example.com" },
            new { alias = "never@example.com", aliasFor = "ann@example.com" },
            new { alias = "a2@example.com", aliasFor = "ann@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data.EnumerateArray());
        Assert.Empty(response.Fail.EnumerateArray());
        Assert.Empty(sandbox.Directory.Aliases);
        Assert.Equal(1, sandbox.Faults.OmitOutcome);
    }

    [Fact]
    public async Task FailWithoutKeyAppliesToGroupFailures()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { FailWithoutKeyRate = 1 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/directory/remove-group-member",
            Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" }));

        Assert.False(response.Fail[0].TryGetProperty("key", out _));
        Assert.Equal("err_folder_email_address_not_found", response.FirstErrorCode);
    }

    [Fact]
    public async Task ResetRestoresTheSeededGroupsAndRepeatsTheIds()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var client = new SandboxClient(sandbox);
        var body = Envelope.Data(new { id = SeededGroups.FinanceId, emailAddress = "ann@example.com" });
        var first = await client.PostSignedAsync(AddGroupMember, body);
        sandbox.Directory.AddGroup("Temporary");

        sandbox.Reset();

        Assert.Equal(SeededGroups.All, sandbox.Directory.Groups);
        Assert.Empty(sandbox.Directory.MembersOf(SeededGroups.FinanceId));
        var again = await client.PostSignedAsync(AddGroupMember, body);
        Assert.Equal(first.Data[0].GetProperty("id").GetString(), again.Data[0].GetProperty("id").GetString());
    }
}
