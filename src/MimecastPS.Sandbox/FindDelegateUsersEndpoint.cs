using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>
/// The delegate rights a user holds, as data[0].delegateUsers (S7, S8): one per mailbox the user may act on, with
/// the right's id that remove-delegate-user takes. The item fields come from S8's fixture only; "source" is
/// "cloud" here because every sandbox user is made through the API (S8 shows "ADCON" for synchronised ones).
/// </summary>
internal sealed class FindDelegateUsersEndpoint(SandboxDirectory directory) : ItemEndpoint
{
    public override string Path => "/api/user/find-delegate-users";

    // S1: "data must contain exactly 1 item".
    public override int MinItems => 1;

    public override int? MaxItems => 1;

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var primary = fields.Email("primaryAddress", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        // Inferred: an unknown user is a fail entry, as add-delegate-user treats it here.
        if (directory.FindUser(primary!) is null)
        {
            return ItemOutcome.Failure(item, new ApiError("err_user_not_found", $"No user with the address {primary}", "primaryAddress"));
        }

        var delegates = new JsonArray();
        foreach (var right in directory.DelegatesOf(primary!))
        {
            delegates.Add(new JsonObject
            {
                ["id"] = right.Id,
                ["emailAddress"] = right.DelegateAddress,
                ["name"] = directory.FindUser(right.DelegateAddress)?.Name ?? "",
                ["source"] = "cloud",
            });
        }

        return ItemOutcome.Success(new JsonObject { ["delegateUsers"] = delegates });
    }
}
