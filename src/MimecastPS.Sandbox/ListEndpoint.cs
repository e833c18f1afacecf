using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>
/// A paginated list endpoint. Its first data item, if any, holds the filter; no source documents a batch of
/// filters for these endpoints, so further items are ignored and the answer carries one outcome.
/// </summary>
internal abstract class ListEndpoint : ApiEndpoint
{
    public override bool RequiresData => false;

    protected abstract int DefaultPageSize { get; }

    public sealed override EndpointAnswer Execute(IReadOnlyList<JsonElement> items, JsonElement? meta)
    {
        var page = PageRequest.Read(meta, DefaultPageSize);
        return ExecutePage(items.Count > 0 ? items[0] : default, page);
    }

    /// <summary>
    /// One outcome: a data item holding the page (with <see cref="PageRequest.Describe"/> as pagination), or a
    /// fail entry. Without a data item <paramref name="filter"/> is undefined, which <see cref="ItemFieldReader"/>
    /// reads as an empty item.
    /// </summary>
    protected abstract EndpointAnswer ExecutePage(JsonElement filter, PageRequest page);
}
