using MimecastPS.Auth;
using MimecastPS.Session;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Tests.Transport;

/// <summary>Sessions over a <see cref="ScriptedHandler"/> or a loopback server, with a clock whose waits pass at once.</summary>
internal static class TestSessions
{
    public const string SecretKey = "U2VjcmV0S2V5";
    public const string AppKey = "Application-Key-5ec";
    public const string AccessKey = "Access-Key-77";

    public static MimecastSession Over(HttpMessageHandler handler, FakeClock clock, int maxRetryCount = 3, double maxWaitSeconds = 300)
        => new(new Uri("https://api.example.test/"), null, Signer, maxRetryCount, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(maxWaitSeconds),
            http: new HttpClient(handler), clock: clock);

    public static MimecastSession Over(Uri baseUri, Func<HttpClient, IRequestAuthenticator>? authenticator = null, int maxRetryCount = 0)
        => new(baseUri, null, authenticator ?? Signer, maxRetryCount, TimeSpan.FromSeconds(30), clock: new FakeClock());

    public static IRequestAuthenticator Signer(HttpClient _) => new HmacRequestSigner(AccessKey, SecretKey.ToSecureString(), "app-id", AppKey.ToSecureString());

    public static ApiRequest CreateUser(bool safeToResend = true, string? password = null)
    {
        var item = new JObject { ["emailAddress"] = "a@example.com" };
        if (password != null) item["password"] = password;
        return ApiRequest.ForItems("/api/user/create-user", [item], safeToResend: safeToResend);
    }
}
