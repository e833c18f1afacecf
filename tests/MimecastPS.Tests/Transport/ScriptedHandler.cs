using System.Net;
using System.Text;

namespace MimecastPS.Tests.Transport;

/// <summary>
/// An HttpMessageHandler that answers each attempt with the next scripted step (an answer, or an exception such
/// as a dropped connection), repeating the last step when the script runs out; it records what was sent.
/// </summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] steps) : HttpMessageHandler
{
    private readonly List<string> _bodies = [];

    public int Attempts { get; private set; }

    public IReadOnlyList<string> Bodies => _bodies;

    public static Func<HttpRequestMessage, HttpResponseMessage> Answer(int status, string body, params (string Name, string Value)[] headers) => _ =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    };

    public static Func<HttpRequestMessage, HttpResponseMessage> Drop(string message = "The connection was reset") => _ => throw new HttpRequestException(message);

    public static readonly string Ok = """{"meta":{"status":200},"data":[{"emailAddress":"a@example.com"}],"fail":[]}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var step = steps[Math.Min(Attempts, steps.Length - 1)];
        Attempts++;
        _bodies.Add(request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        return step(request);
    }
}
