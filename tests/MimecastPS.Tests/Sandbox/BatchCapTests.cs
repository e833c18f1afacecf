using System.Net;
using System.Text.Json;
using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class BatchCapTests
{
    private static readonly string FiveUsers = JsonSerializer.Serialize(new
    {
        data = Enumerable.Range(1, 5).Select(i => new { emailAddress = $"u{i}@example.com" }),
    });

    [Fact]
    public async Task TruncateExecutesAndAnswersForTheFirstItemsOnly()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxItemsPerRequest = 3 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/create-user", FiveUsers);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["u1@example.com", "u2@example.com", "u3@example.com"],
            response.Data.EnumerateArray().Select(item => item.GetProperty("emailAddress").GetString()));
        Assert.Empty(response.Fail.EnumerateArray());
        Assert.Null(sandbox.Directory.FindUser("u4@example.com"));
        Assert.Equal(1, sandbox.Faults.Truncated);
        Assert.Equal(5, sandbox.Received.Single().ItemCount);
    }

    [Fact]
    public async Task RejectAnswers400AndExecutesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            MaxItemsPerRequest = 3,
            OversizeBatchBehavior = OversizeBatchBehavior.Reject,
        });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/create-user", FiveUsers);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("err_request_too_many_items", response.FirstErrorCode);
        Assert.Empty(sandbox.Directory.Users);
        Assert.Equal(1, sandbox.Faults.Rejected);
    }

    [Fact]
    public async Task BatchesWithinTheCapAreUntouched()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxItemsPerRequest = 5 });
        using var client = new SandboxClient(sandbox);

        var response = await client.PostSignedAsync("/api/user/create-user", FiveUsers);

        Assert.Equal(5, response.Data.GetArrayLength());
        Assert.Equal(0, sandbox.Faults.Truncated);
    }
}
