using System.Text.Json;

namespace MimecastPS.Sandbox;

internal sealed class UpdateAliasEndpoint(SandboxDirectory directory, SandboxOptions options) : ItemEndpoint
{
    public override string Path => "/api/user/update-alias";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var aliasFor = fields.Email("aliasFor", required: true);
        var alias = fields.Email("alias", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        var result = directory.AddAlias(aliasFor!, alias!);
        return result.Status switch
        {
            AliasStatus.OwnerNotFound => ItemOutcome.Failure(item, new ApiError("err_alias_owner_not_found",
                $"No user with the address {aliasFor}", "aliasFor")),
            AliasStatus.AlreadyUsed => ItemOutcome.Failure(item, new ApiError("err_alias_already_exists",
                $"The address {alias} is already used by another user", "alias")),
            _ => ItemOutcome.Success(AliasJson.Describe(alias!, result.Owner!, options)),
        };
    }
}
