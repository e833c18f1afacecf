using MimecastPS.QuickStart;

namespace MimecastPS.Tests.Module;

public sealed class QuickStartTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public void The_readmes_quick_start_creates_the_good_rows_and_reports_the_two_bad_ones()
    {
        var server = sandbox.Fresh();
        var lines = QuickStartRun.Run(Path.Combine(RepositoryPaths.Root, "examples"), server.BaseUri);
        Assert.Equal(
        [
            "ann.archer@example.com", "bo.baker@example.com", "cy.cole@example.com", "dee.dunn@example.com",
        ], lines.Where(l => l.StartsWith("CREATED ")).Select(l => l.Split(' ')[1]));
        Assert.Equal(
        [
            "FAILED not-an-address: InvalidEmailAddress",
            "FAILED eve.east@partner.invalid: err_domain_not_internal",
        ], lines.Where(l => l.StartsWith("FAILED ")));
        Assert.Equal(4, server.Directory.Users.Count);
        Assert.Equal("Cole, Cy", server.Directory.FindUser("cy.cole@example.com")!.Name);
        Assert.True(server.Directory.FindUser("ann.archer@example.com")!.ForcePasswordChange);
    }
}
