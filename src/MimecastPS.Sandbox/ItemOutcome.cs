using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>
/// What one item of a request produced: a data item, a fail entry keyed by the item as received, or (for
/// removal endpoints) nothing at all, where success is the absence of a fail entry.
/// </summary>
internal sealed class ItemOutcome
{
    private static readonly ItemOutcome NoDataSuccess = new(null, null, Array.Empty<ApiError>());

    private ItemOutcome(JsonObject? data, JsonElement? key, IReadOnlyList<ApiError> errors)
    {
        Data = data;
        Key = key;
        Errors = errors;
    }

    public JsonObject? Data { get; }
    public JsonElement? Key { get; }
    public IReadOnlyList<ApiError> Errors { get; }

    public bool Failed => Errors.Count > 0;

    /// <summary>Whether the answer shows this outcome at all: a success without data leaves no trace in it.</summary>
    public bool AppearsInAnswer => Data is not null || Failed;

    public static ItemOutcome Success(JsonObject data) => new(data, null, Array.Empty<ApiError>());

    public static ItemOutcome SuccessWithoutData() => NoDataSuccess;

    public static ItemOutcome Failure(JsonElement key, IReadOnlyList<ApiError> errors) => new(null, key, errors);

    public static ItemOutcome Failure(JsonElement key, ApiError error) => new(null, key, [error]);
}
