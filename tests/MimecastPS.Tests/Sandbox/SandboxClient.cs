using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Sandbox;

/// <summary>Talks to a sandbox over real HTTP the way a client would: signed API 1.0 calls or bearer API 2.0 calls.</summary>
internal sealed class SandboxClient : IDisposable
{
    private readonly SandboxServer _server;

    public SandboxClient(SandboxServer server)
    {
        _server = server;
        Http = new HttpClient { BaseAddress = server.BaseUri };
    }

    public HttpClient Http { get; }

    public static string Now() =>
        DateTime.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A correctly signed request; tests tamper with it before sending when they need to.</summary>
    public HttpRequestMessage Signed(string path, string body, string? date = null, string? requestId = null)
    {
        var options = _server.Options;
        date ??= Now();
        requestId ??= Guid.NewGuid().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("Authorization",
            "MC " + TestSigner.AuthorizationValue(options.AccessKey, options.SecretKey, options.AppKey, date, requestId, path));
        request.Headers.Add("x-mc-date", date);
        request.Headers.Add("x-mc-req-id", requestId);
        request.Headers.Add("x-mc-app-id", options.AppId);
        return request;
    }

    public Task<ApiResponse> PostSignedAsync(string path, string body) => SendAsync(Signed(path, body));

    public async Task<string> GetTokenAsync()
    {
        var response = await RequestTokenAsync(_server.Options.ClientId, _server.Options.ClientSecret);
        return response.Json.GetProperty("access_token").GetString()!;
    }

    public Task<ApiResponse> RequestTokenAsync(string clientId, string clientSecret, string grantType = "client_credentials") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = grantType,
                ["client_id"] = clientId,
                ["client_secret"] = clientSecret,
            }),
        });

    public Task<ApiResponse> PostBearerAsync(string path, string body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text);
            return new ApiResponse(response.StatusCode, response.Headers, document.RootElement.Clone());
        }
    }

    public void Dispose() => Http.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
