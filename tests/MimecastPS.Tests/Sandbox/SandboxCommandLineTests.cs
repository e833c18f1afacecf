using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class SandboxCommandLineTests
{
    [Fact]
    public void OptionsMirrorSandboxOptions()
    {
        var commandLine = SandboxCommandLine.Parse(
        [
            "--port", "5080", "--latency-ms", "20", "--seed", "9", "--fault-429", "0.1", "--fault-500", "0.2", "--fault-503", "0.05",
            "--drop-before", "0.01", "--drop-after", "0.02", "--slow-rate", "0.03", "--slow-ms", "700", "--omit-outcome", "0.04",
            "--fail-without-key", "0.5", "--quota", "50", "--quota-window-ms", "2000", "--max-items", "100", "--oversize", "reject",
            "--token-lifetime-s", "5", "--binding-expired", "--internal-domains", "a.com, b.com", "--users", "12",
        ], out var error);

        Assert.Null(error);
        var options = commandLine!.Options;
        Assert.Equal(5080, options.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(20), options.Latency);
        Assert.Equal(9, options.Seed);
        Assert.Equal(0.1, options.Fault429Rate);
        Assert.Equal(0.2, options.Fault500Rate);
        Assert.Equal(0.05, options.Fault503Rate);
        Assert.Equal(0.01, options.DropBeforeExecuteRate);
        Assert.Equal(0.02, options.DropAfterExecuteRate);
        Assert.Equal(0.03, options.SlowAnswerRate);
        Assert.Equal(TimeSpan.FromMilliseconds(700), options.SlowAnswerDelay);
        Assert.Equal(0.04, options.OmitOutcomeRate);
        Assert.Equal(0.5, options.FailWithoutKeyRate);
        Assert.Equal(50, options.RateLimitQuota);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RateLimitWindow);
        Assert.Equal(100, options.MaxItemsPerRequest);
        Assert.Equal(OversizeBatchBehavior.Reject, options.OversizeBatchBehavior);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TokenLifetime);
        Assert.True(options.BindingExpired);
        Assert.Equal(["a.com", "b.com"], options.InternalDomains);
        Assert.Equal(12, commandLine.SeedUserCount);
        Assert.False(commandLine.ShowHelp);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--port")]
    [InlineData("--port", "70000")]
    [InlineData("--fault-500", "1.5")]
    [InlineData("--oversize", "sometimes")]
    public void BadOptionsAreRefusedWithAMessage(params string[] args)
    {
        Assert.Null(SandboxCommandLine.Parse(args, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public async Task UnknownOptionExitsWithCode2() =>
        Assert.Equal(2, await Program.Main(["--frobnicate"]));

    [Fact]
    public void BannerEndsWithTheLineScriptsWaitForAndHasPasteableConnectLines()
    {
        var banner = StartupBanner.Render(new Uri("http://127.0.0.1:5080"), new SandboxOptions(), 0);

        Assert.EndsWith("Sandbox listening on http://127.0.0.1:5080", banner.TrimEnd());
        Assert.Contains("Connect-Mimecast -BaseUri http://127.0.0.1:5080 -AccessKey sandbox-access-key -SecretKey 'c2FuZGJveC1zZWNyZXQta2V5LTAxMjM0NTY3ODk=' -AppId sandbox-app-id -AppKey sandbox-app-key", banner);
        Assert.Contains("Connect-Mimecast -BaseUri http://127.0.0.1:5080 -ClientId sandbox-client-id -ClientSecret sandbox-client-secret", banner);
    }

    [Fact]
    public void BannerNamesTheSeededGroupsAndTellsTheTwoSharedGroupsApart()
    {
        var banner = StartupBanner.Render(new Uri("http://127.0.0.1:5080"), new SandboxOptions(), 0);

        Assert.Contains("Seeded groups (empty): Finance, Finance EMEA, Sales, Shared (cloud), Shared (ldap), All Staff", banner);
    }
}
