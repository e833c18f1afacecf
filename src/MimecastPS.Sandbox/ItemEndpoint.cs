using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>An endpoint that treats every item as an independent call, as API 1.0 documents batching.</summary>
internal abstract class ItemEndpoint : ApiEndpoint
{
    public sealed override EndpointAnswer Execute(IReadOnlyList<JsonElement> items, JsonElement? meta)
    {
        var outcomes = new List<ItemOutcome>(items.Count);
        foreach (var item in items)
        {
            outcomes.Add(ExecuteItem(item));
        }

        return new EndpointAnswer(outcomes);
    }

    protected abstract ItemOutcome ExecuteItem(JsonElement item);
}
