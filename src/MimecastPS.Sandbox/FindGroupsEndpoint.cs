using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>
/// Groups whose name contains the query, optionally from one source, page by page: data[0] holds "folders" and
/// echoes the query and source that were given (S4, S5). Without a source every group is searched (inferred).
/// </summary>
internal sealed class FindGroupsEndpoint(SandboxDirectory directory) : ListEndpoint
{
    private static readonly string[] Sources = ["cloud", "ldap"];

    public override string Path => "/api/directory/find-groups";

    // The pageSize S4's sample request shows.
    protected override int DefaultPageSize => 25;

    protected override EndpointAnswer ExecutePage(JsonElement filter, PageRequest page)
    {
        var fields = new ItemFieldReader(filter);
        var query = fields.Filter("query");
        var source = fields.Enum("source", Sources);
        if (fields.HasErrors)
        {
            return new EndpointAnswer([ItemOutcome.Failure(filter, fields.Errors)]);
        }

        var (groups, totalCount) = directory.QueryGroups(query, source, page);
        var folders = new JsonArray();
        foreach (var summary in groups)
        {
            folders.Add(new JsonObject
            {
                ["id"] = summary.Group.Id,
                ["description"] = summary.Group.Description,
                ["source"] = summary.Group.Source,
                ["parentId"] = summary.Group.ParentId,
                ["userCount"] = summary.UserCount,
                ["folderCount"] = summary.FolderCount,
            });
        }

        var data = new JsonObject { ["folders"] = folders };
        if (source is not null)
        {
            data["source"] = source;
        }

        if (query is not null)
        {
            data["query"] = query;
        }

        return new EndpointAnswer([ItemOutcome.Success(data)], page.Describe(groups.Count, totalCount));
    }
}
