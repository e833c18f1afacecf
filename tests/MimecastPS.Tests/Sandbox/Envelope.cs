using System.Text.Json;

namespace MimecastPS.Tests.Sandbox;

/// <summary>Request bodies as clients send them: {"data":[...]}, with meta.pagination for list endpoints.</summary>
internal static class Envelope
{
    public static string Data(params object[] items) => JsonSerializer.Serialize(new { data = items });

    public static string Page(int pageSize, string? pageToken, params object[] items)
    {
        var pagination = pageToken is null ? (object)new { pageSize } : new { pageSize, pageToken };
        return JsonSerializer.Serialize(new { meta = new { pagination }, data = items });
    }
}
