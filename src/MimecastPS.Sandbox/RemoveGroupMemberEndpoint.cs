using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>Removes an address or a domain from a group, answering with the member that was removed (S4, S5).</summary>
internal sealed class RemoveGroupMemberEndpoint(SandboxDirectory directory, SandboxOptions options) : ItemEndpoint
{
    public override string Path => "/api/directory/remove-group-member";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var target = GroupMemberTarget.Read(fields);
        if (target is null)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        var result = directory.RemoveGroupMember(target);
        return result.Status switch
        {
            GroupMemberStatus.GroupNotFound => ItemOutcome.Failure(item, GroupErrors.GroupNotFound(target.GroupId)),
            GroupMemberStatus.NotMember => ItemOutcome.Failure(item,
                target.EmailAddress is null ? GroupErrors.DomainNotFound : GroupErrors.EmailAddressNotFound),
            _ => ItemOutcome.Success(GroupMemberJson.DescribeChange(result.Member!, options)),
        };
    }
}
