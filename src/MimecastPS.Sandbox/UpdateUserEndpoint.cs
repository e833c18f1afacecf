using System.Globalization;
using System.Text.Json;

namespace MimecastPS.Sandbox;

internal sealed class UpdateUserEndpoint(SandboxDirectory directory) : ItemEndpoint
{
    public override string Path => "/api/user/update-user";

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var email = fields.Email("emailAddress", required: true);
        var name = fields.String("name");
        var password = fields.String("password");
        var accountLocked = fields.Boolean("accountLocked");
        var accountDisabled = fields.Boolean("accountDisabled");
        var allowPop = fields.Boolean("allowPop");
        var allowSmtp = fields.Boolean("allowSmtp");
        var passwordNeverExpires = fields.Boolean("passwordNeverExpires");
        var forcePasswordChange = fields.Boolean("forcePasswordChange");
        var archiveStartDate = ReadArchiveStartDate(fields);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        // Only the fields present in the item change: a client that sends a default false would unlock accounts.
        var updated = directory.UpdateUser(email!, user => user with
        {
            Name = name ?? user.Name,
            Password = password ?? user.Password,
            AccountLocked = accountLocked ?? user.AccountLocked,
            AccountDisabled = accountDisabled ?? user.AccountDisabled,
            AllowPop = allowPop ?? user.AllowPop,
            AllowSmtp = allowSmtp ?? user.AllowSmtp,
            PasswordNeverExpires = passwordNeverExpires ?? user.PasswordNeverExpires,
            ForcePasswordChange = forcePasswordChange ?? user.ForcePasswordChange,
            ArchiveStartDate = archiveStartDate ?? user.ArchiveStartDate,
        });
        if (updated is null)
        {
            return ItemOutcome.Failure(item, new ApiError("err_user_not_found",
                $"No user with the address {email}", "emailAddress"));
        }

        return ItemOutcome.Success(UserJson.Describe(updated));
    }

    private static DateTimeOffset? ReadArchiveStartDate(ItemFieldReader fields)
    {
        var text = fields.String("archiveStartDate");
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, UserJson.ArchiveDateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return date;
        }

        fields.AddError(new ApiError("err_validation_invalid_date",
            $"archiveStartDate must look like 2015-11-16T14:49:18+0000, not '{text}'", "archiveStartDate"));
        return null;
    }
}
