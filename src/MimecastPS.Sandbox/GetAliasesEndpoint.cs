using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>
/// A user's aliases, as data[].aliases (S7), one data item per request item. The alias fields are inferred (the
/// update-alias item), and so is the fail entry for an address that is no user.
/// </summary>
internal sealed class GetAliasesEndpoint(SandboxDirectory directory, SandboxOptions options) : ItemEndpoint
{
    public override string Path => "/api/user/get-aliases";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var email = fields.Email("emailAddress", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        var owner = directory.FindUser(email!);
        if (owner is null)
        {
            return ItemOutcome.Failure(item, new ApiError("err_user_not_found", $"No user with the address {email}", "emailAddress"));
        }

        var aliases = new JsonArray();
        foreach (var alias in owner.Aliases)
        {
            aliases.Add(AliasJson.Describe(alias, owner, options));
        }

        return ItemOutcome.Success(new JsonObject { ["aliases"] = aliases });
    }
}
