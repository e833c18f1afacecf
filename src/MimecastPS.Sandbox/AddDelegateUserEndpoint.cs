using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

internal sealed class AddDelegateUserEndpoint(SandboxDirectory directory, SeededRandom random) : ItemEndpoint
{
    public override string Path => "/api/user/add-delegate-user";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var primary = fields.Email("primaryAddress", required: true);
        var delegateAddress = fields.Email("delegateAddress", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        RequireUser(fields, primary!, "primaryAddress");
        RequireUser(fields, delegateAddress!, "delegateAddress");
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        // The real API reports a refused right as a data item with success:false, not as a fail entry.
        if (string.Equals(primary, delegateAddress, StringComparison.OrdinalIgnoreCase))
        {
            return ItemOutcome.Success(new JsonObject { ["id"] = "", ["success"] = false });
        }

        var created = directory.AddDelegate(primary!, delegateAddress!, () => random.NewId("d-", 24));
        return ItemOutcome.Success(new JsonObject { ["id"] = created.Id, ["success"] = true });
    }

    private void RequireUser(ItemFieldReader fields, string address, string field)
    {
        if (directory.FindUser(address) is null)
        {
            fields.AddError(new ApiError("err_user_not_found", $"No user with the address {address}", field));
        }
    }
}
