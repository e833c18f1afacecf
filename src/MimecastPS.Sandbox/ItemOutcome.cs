using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>What one item of a request produced: a data item, or a fail entry keyed by the item as received.</summary>
internal sealed class ItemOutcome
{
    private ItemOutcome(JsonObject? data, JsonElement? key, IReadOnlyList<ApiError> errors)
    {
        Data = data;
        Key = key;
        Errors = errors;
    }

    public JsonObject? Data { get; }
    public JsonElement? Key { get; }
    public IReadOnlyList<ApiError> Errors { get; }

    public static ItemOutcome Success(JsonObject data) => new(data, null, Array.Empty<ApiError>());

    public static ItemOutcome Failure(JsonElement key, IReadOnlyList<ApiError> errors) => new(null, key, errors);

    public static ItemOutcome Failure(JsonElement key, ApiError error) => new(null, key, [error]);
}
