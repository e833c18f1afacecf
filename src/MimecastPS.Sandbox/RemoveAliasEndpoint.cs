using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>
/// Removes an alias from its owner. No source documents the answer: success is an empty data array with no fail
/// entry (the shape beyond-the-five.md advises detecting), and the error codes are inferred.
/// </summary>
internal sealed class RemoveAliasEndpoint(SandboxDirectory directory) : ItemEndpoint
{
    public override string Path => "/api/user/remove-alias";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var alias = fields.Email("alias", required: true);
        var aliasFor = fields.Email("aliasFor", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        return directory.RemoveAlias(aliasFor!, alias!) switch
        {
            AliasStatus.OwnerNotFound => ItemOutcome.Failure(item, new ApiError("err_alias_owner_not_found",
                $"No user with the address {aliasFor}", "aliasFor")),
            AliasStatus.NotFound => ItemOutcome.Failure(item, new ApiError("err_alias_not_found",
                $"{alias} is not an alias of {aliasFor}", "alias")),
            _ => ItemOutcome.SuccessWithoutData(),
        };
    }
}
