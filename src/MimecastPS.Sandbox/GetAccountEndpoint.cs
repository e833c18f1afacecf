using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>What the module's Connect-Mimecast calls to prove the credentials work; any data is ignored.</summary>
internal sealed class GetAccountEndpoint(SandboxDirectory directory) : ApiEndpoint
{
    public override string Path => "/api/account/get-account";

    public override bool RequiresData => false;

    public override EndpointAnswer Execute(IReadOnlyList<JsonElement> items, JsonElement? meta) =>
        new([ItemOutcome.Success(new JsonObject
        {
            ["accountName"] = "Sandbox Account",
            ["accountCode"] = "CSANDBOX",
            ["region"] = "sandbox",
            ["mimecastId"] = "sandbox",
            ["userCount"] = directory.Users.Count,
            ["type"] = "full",
        })]);
}
