using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>
/// Removes a delegate right by the id add-delegate-user and find-delegate-users give. The request shape is S8's
/// (id and primaryAddress; both required here, so a client that leaves one out is caught); the empty answer on
/// success and the error code are inferred.
/// </summary>
internal sealed class RemoveDelegateUserEndpoint(SandboxDirectory directory) : ItemEndpoint
{
    public override string Path => "/api/user/remove-delegate-user";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var id = fields.String("id", required: true);
        var primary = fields.Email("primaryAddress", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        return directory.RemoveDelegate(id!, primary!)
            ? ItemOutcome.SuccessWithoutData()
            : ItemOutcome.Failure(item, new ApiError("err_delegate_not_found",
                $"{primary} holds no delegate right with the id {id}", "id"));
    }
}
