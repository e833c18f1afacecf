using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>An API request body, parsed once on arrival: its items, its meta, or why it is not an envelope.</summary>
internal sealed class RequestBody : IDisposable
{
    private readonly JsonDocument? _document;

    private RequestBody(JsonDocument? document, IReadOnlyList<JsonElement> items, bool hasData, JsonElement? meta, string? malformedReason)
    {
        _document = document;
        Items = items;
        HasData = hasData;
        Meta = meta;
        MalformedReason = malformedReason;
    }

    public IReadOnlyList<JsonElement> Items { get; }

    /// <summary>Whether the body had a "data" array at all (an empty one counts).</summary>
    public bool HasData { get; }

    public JsonElement? Meta { get; }

    /// <summary>Null for a well-formed (or empty) body.</summary>
    public string? MalformedReason { get; }

    public static RequestBody Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RequestBody(null, Array.Empty<JsonElement>(), false, null, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return Malformed($"The request body is not valid JSON ({exception.Message}); send JSON such as {{\"data\":[{{...}}]}}");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return Malformed("The request body must be a JSON object");
        }

        JsonElement? meta = root.TryGetProperty("meta", out var metaElement) ? metaElement : null;
        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            return new RequestBody(document, Array.Empty<JsonElement>(), false, meta, null);
        }

        if (data.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            return Malformed("\"data\" must be an array of objects");
        }

        var items = new List<JsonElement>(data.GetArrayLength());
        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return Malformed("Every item of \"data\" must be a JSON object");
            }

            items.Add(item);
        }

        return new RequestBody(document, items, true, meta, null);
    }

    public void Dispose() => _document?.Dispose();

    private static RequestBody Malformed(string reason) => new(null, Array.Empty<JsonElement>(), false, null, reason);
}
