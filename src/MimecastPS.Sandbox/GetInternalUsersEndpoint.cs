using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>Lists users page by page, in address order, filtered by domain and a search term.</summary>
internal sealed class GetInternalUsersEndpoint(SandboxDirectory directory) : ListEndpoint
{
    public override string Path => "/api/user/get-internal-users";

    protected override int DefaultPageSize => 100;

    protected override EndpointAnswer ExecutePage(JsonElement filter, PageRequest page)
    {
        var fields = new ItemFieldReader(filter);
        var domain = fields.Filter("domain");
        var query = fields.Filter("query");
        if (fields.HasErrors)
        {
            return new EndpointAnswer([ItemOutcome.Failure(filter, fields.Errors)]);
        }

        var (users, totalCount) = directory.QueryUsers(domain, query, page);
        var json = new JsonArray();
        foreach (var user in users)
        {
            var item = UserJson.Describe(user);
            item["id"] = user.Id;
            item["domain"] = user.Domain;
            item["alias"] = user.Aliases.Count;
            json.Add(item);
        }

        return new EndpointAnswer([ItemOutcome.Success(new JsonObject { ["users"] = json })], page.Describe(users.Count, totalCount));
    }
}
