using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>An endpoint's outcomes in item order, and its pagination block for list endpoints.</summary>
internal sealed record EndpointAnswer(List<ItemOutcome> Outcomes, JsonObject? Pagination = null);
