using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MimecastPS.Sandbox;

/// <summary>A Mimecast-compatible API on 127.0.0.1, for tests, benchmarks and trying the module without a tenant.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;

    private SandboxServer(WebApplication app, SandboxState state, Uri baseUri)
    {
        _app = app;
        _state = state;
        BaseUri = baseUri;
    }

    /// <summary>http://127.0.0.1:{port}, without a trailing path.</summary>
    public Uri BaseUri { get; }

    /// <summary>The live options: changes apply to the next request.</summary>
    public SandboxOptions Options => _state.Options;

    public SandboxDirectory Directory => _state.Directory;

    /// <summary>A snapshot of every request received, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => _state.Received.Snapshot();

    /// <summary>Every POST /oauth/token, successful or not.</summary>
    public int TokenRequestCount => _state.TokenRequestCount;

    public FaultCounters Faults => _state.Faults;

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = new SandboxState(options);

        // The empty builder skips configuration files, environment scanning and hosting extras: startup stays short.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.Run(new SandboxRequestHandler(state).HandleAsync);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        return new SandboxServer(app, state, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Forgets everything that happened (directory, log, counters, tokens, request ids, quota) and re-seeds; keeps the options.</summary>
    public void Reset() => _state.Reset();

    /// <summary>Every token issued so far answers 401 token_expired from now on.</summary>
    public void ExpireAllTokens() => _state.Tokens.ExpireAll();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
