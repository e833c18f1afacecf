using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

internal sealed class CreateUserEndpoint(SandboxDirectory directory, SandboxOptions options, SeededRandom random)
    : ItemEndpoint
{
    public override string Path => "/api/user/create-user";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var email = fields.Email("emailAddress", required: true);
        var name = fields.String("name");
        var password = fields.String("password");
        var accountCode = fields.String("accountCode");
        var forcePasswordChange = fields.Boolean("forcePasswordChange");
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        if (!InternalDomainCheck.IsInternal(options, email!))
        {
            return ItemOutcome.Failure(item, new ApiError("err_domain_not_internal",
                $"The domain of {email} is not an internal domain of this account", "emailAddress"));
        }

        var user = new SandboxUser
        {
            Id = random.NewId("u-", 24),
            EmailAddress = email!,
            Name = name,
            Password = password,
            AccountCode = accountCode,
            ForcePasswordChange = forcePasswordChange ?? false,
        };
        if (!directory.TryCreateUser(user))
        {
            return ItemOutcome.Failure(item, new ApiError("err_user_already_exists",
                $"A user with the address {email} already exists", "emailAddress"));
        }

        return ItemOutcome.Success(new JsonObject { ["emailAddress"] = user.EmailAddress, ["id"] = user.Id });
    }
}
