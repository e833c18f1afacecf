using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MimecastPS.Sandbox;

namespace MimecastPS.Benchmarks;

/// <summary>
/// How many users a sandbox in another process holds, asked the way any client would: an API 2.0 token,
/// then one get-internal-users page of size 1, whose pagination.totalCount is the answer.
/// API 2.0 has its own quota identity, so this call does not eat into the measured run's quota.
/// </summary>
internal static class SandboxUserCount
{
    public static async Task<int> CountAsync(Uri baseUri, string domain)
    {
        var demo = new SandboxOptions();
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        using var tokenAnswer = await http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = demo.ClientId,
            ["client_secret"] = demo.ClientSecret,
        }));
        tokenAnswer.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await tokenAnswer.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/user/get-internal-users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        string body = "{\"meta\":{\"pagination\":{\"pageSize\":1}},\"data\":[{\"domain\":\"" + domain + "\"}]}";
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var answer = await http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        using var envelope = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return envelope.RootElement.GetProperty("meta").GetProperty("pagination").GetProperty("totalCount").GetInt32();
    }
}
