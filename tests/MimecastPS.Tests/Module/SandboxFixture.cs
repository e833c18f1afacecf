using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Module;

/// <summary>One sandbox per test class, reset by each test through <see cref="Fresh"/>.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync(new SandboxOptions());

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The sandbox with an empty directory, no faults, no quota, default options.</summary>
    public SandboxServer Fresh()
    {
        var o = Server.Options;
        o.Latency = TimeSpan.Zero;
        o.Fault429Rate = o.Fault500Rate = o.Fault503Rate = o.DropBeforeExecuteRate = o.DropAfterExecuteRate = 0;
        o.SlowAnswerRate = o.OmitOutcomeRate = o.FailWithoutKeyRate = 0;
        o.RateLimitQuota = 0;
        o.MaxItemsPerRequest = 0;
        o.OversizeBatchBehavior = OversizeBatchBehavior.Truncate;
        o.TokenLifetime = TimeSpan.FromSeconds(1799);
        o.BindingExpired = false;
        Server.Reset();
        return Server;
    }

    /// <summary>The Connect-Mimecast line for this sandbox with API 1.0 keys.</summary>
    public string ConnectApi1(string extra = "") =>
        $"Connect-Mimecast -BaseUri '{Server.BaseUri}' -AccessKey '{Server.Options.AccessKey}' -SecretKey '{Server.Options.SecretKey}' -AppId '{Server.Options.AppId}' -AppKey '{Server.Options.AppKey}' {extra}";

    /// <summary>The Connect-Mimecast line for this sandbox with API 2.0 client credentials.</summary>
    public string ConnectApi2(string extra = "") =>
        $"Connect-Mimecast -BaseUri '{Server.BaseUri}' -ClientId '{Server.Options.ClientId}' -ClientSecret '{Server.Options.ClientSecret}' {extra}";
}
