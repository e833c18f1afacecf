using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// A loopback server that answers every request with whatever a test scripts: the malformed answers a
/// proxy, a truncated connection or a broken gateway produce, which the sandbox never does on purpose.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ScriptedServer> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            await answer(context);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address);
        return server;
    }

    /// <summary>Answers every request with this status, content type and body.</summary>
    public static Task<ScriptedServer> AnsweringAsync(int status, string contentType, byte[] body) => StartAsync(async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });

    /// <summary>
    /// Answers every request with <paramref name="status"/> and the text <paramref name="answer"/> makes of the request's
    /// path, body and Authorization header: a server or proxy that echoes what it was sent.
    /// </summary>
    public static Task<ScriptedServer> EchoingAsync(int status, Func<string, string, string, string> answer) => StartAsync(async context =>
    {
        string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer(context.Request.Path.Value ?? "", body, context.Request.Headers.Authorization.ToString()));
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
