using System.Globalization;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>The user fields update-user answers with (never the password), shared with get-internal-users.</summary>
internal static class UserJson
{
    public const string ArchiveDateFormat = "yyyy-MM-ddTHH:mm:ss+0000";

    public static JsonObject Describe(SandboxUser user)
    {
        var json = new JsonObject
        {
            ["emailAddress"] = user.EmailAddress,
            ["name"] = user.Name ?? "",
            ["accountLocked"] = user.AccountLocked,
            ["accountDisabled"] = user.AccountDisabled,
            ["allowPop"] = user.AllowPop,
            ["allowSmtp"] = user.AllowSmtp,
            ["passwordNeverExpires"] = user.PasswordNeverExpires,
            ["forcePasswordChange"] = user.ForcePasswordChange,
        };
        if (user.ArchiveStartDate is { } archiveStart)
        {
            json["archiveStartDate"] = archiveStart.UtcDateTime.ToString(ArchiveDateFormat, CultureInfo.InvariantCulture);
        }

        return json;
    }
}
