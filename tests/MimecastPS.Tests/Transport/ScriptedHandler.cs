using System.Net;
using System.Text;

namespace MimecastPS.Tests.Transport;

/// <summary>
/// An HttpMessageHandler that answers each attempt with the next scripted step (an answer, or an exception such
/// as a dropped connection), repeating the last step when the script runs out; it counts the attempts.
/// </summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] steps) : HttpMessageHandler
{
    public int Attempts { get; private set; }

    /// <summary>Set when the HttpClient that owns this handler was disposed.</summary>
    public bool Disposed { get; private set; }

    public static Func<HttpRequestMessage, HttpResponseMessage> Answer(int status, string body, params (string Name, string Value)[] headers) => _ =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    };

    public static Func<HttpRequestMessage, HttpResponseMessage> Drop(string message = "The connection was reset") => _ => throw new HttpRequestException(message);

    public static readonly string Ok = """{"meta":{"status":200},"data":[{"emailAddress":"a@example.com"}],"fail":[]}""";

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var step = steps[Math.Min(Attempts, steps.Length - 1)];
        Attempts++;
        return Task.FromResult(step(request));
    }
}
