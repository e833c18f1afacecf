using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>One API path. The request pipeline has already authenticated, parsed and capped the items.</summary>
internal abstract class ApiEndpoint
{
    public abstract string Path { get; }

    /// <summary>Partner endpoints such as create-account exist only for API 1.0 keys.</summary>
    public virtual bool Api1Only => false;

    /// <summary>Endpoints that act on items refuse a body without a "data" array.</summary>
    public virtual bool RequiresData => true;

    /// <summary>
    /// Fewest and most items one request may carry (null: no limit). A request outside them is refused as a
    /// whole, before anything runs, as S1 documents for find-delegate-users ("exactly 1 item").
    /// </summary>
    public virtual int MinItems => 0;

    public virtual int? MaxItems => null;

    public abstract EndpointAnswer Execute(IReadOnlyList<JsonElement> items, JsonElement? meta);
}
