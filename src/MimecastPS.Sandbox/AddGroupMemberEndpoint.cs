using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>Adds an address or a domain to a group; any address may be a member, internal or not.</summary>
internal sealed class AddGroupMemberEndpoint(SandboxDirectory directory, SandboxOptions options) : ItemEndpoint
{
    public override string Path => "/api/directory/add-group-member";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var target = GroupMemberTarget.Read(fields);
        if (target is null)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        var result = directory.AddGroupMember(target);
        return result.Status switch
        {
            GroupMemberStatus.GroupNotFound => ItemOutcome.Failure(item, GroupErrors.GroupNotFound(target.GroupId)),
            GroupMemberStatus.AlreadyMember => ItemOutcome.Failure(item, GroupErrors.MemberAlreadyExists),
            _ => ItemOutcome.Success(GroupMemberJson.DescribeChange(result.Member!, options)),
        };
    }
}
