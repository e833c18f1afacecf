using System.Text.Json.Nodes;
using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Module;

/// <summary>What the sandbox received, as JSON items, for asserting on exactly what was sent.</summary>
public static class Received
{
    public static List<JsonObject> Items(SandboxServer server, string path) =>
        server.Received.Where(r => r.Path == path && r.StatusCode == 200)
            .SelectMany(r => JsonNode.Parse(r.Body)!["data"]!.AsArray().Select(i => i!.AsObject()))
            .ToList();

    public static int Requests(SandboxServer server, string path) => server.Received.Count(r => r.Path == path);
}
