using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>A group's members page by page, as data[0].groupMembers (S4).</summary>
internal sealed class GetGroupMembersEndpoint(SandboxDirectory directory, SandboxOptions options) : ListEndpoint
{
    public override string Path => "/api/directory/get-group-members";

    /// <summary>The group id is required, so a request must carry the item that holds it.</summary>
    public override bool RequiresData => true;

    public override int MinItems => 1;

    // The pageSize S4's sample answer shows.
    protected override int DefaultPageSize => 25;

    protected override EndpointAnswer ExecutePage(JsonElement filter, PageRequest page)
    {
        var fields = new ItemFieldReader(filter);
        var groupId = fields.String("id", required: true);
        if (fields.HasErrors)
        {
            return new EndpointAnswer([ItemOutcome.Failure(filter, fields.Errors)]);
        }

        var found = directory.QueryGroupMembers(groupId!, page);
        if (found is null)
        {
            return new EndpointAnswer([ItemOutcome.Failure(filter, GroupErrors.GroupNotFound(groupId!))]);
        }

        var (members, totalCount) = found.Value;

        var json = new JsonArray();
        foreach (var member in members)
        {
            json.Add(GroupMemberJson.DescribeListed(member, directory, options));
        }

        return new EndpointAnswer([ItemOutcome.Success(new JsonObject { ["groupMembers"] = json })],
            page.Describe(members.Count, totalCount));
    }
}
