using MimecastPS.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS
{
    /// <summary>A MimecastUser from an answer, filling what the answer leaves out from what was sent.</summary>
    internal static class MimecastUserJson
    {
        /// <summary>A user as the row gave it, for a row whose answer holds no user (one that already existed).</summary>
        public static MimecastUser FromSent(JObject sent) => FromAnswer(new JObject(), sent);

        public static MimecastUser FromAnswer(JObject answer, JObject? sent = null)
        {
            string? Text(string name) => JsonFields.Text(answer, name) ?? (sent == null ? null : JsonFields.Text(sent, name));
            bool? Flag(string name) => JsonFields.Flag(answer, name) ?? (sent == null ? null : JsonFields.Flag(sent, name));
            string address = Text("emailAddress") ?? string.Empty;
            return new MimecastUser
            {
                EmailAddress = address,
                Id = JsonFields.Text(answer, "id"),
                Name = Text("name"),
                AccountCode = Text("accountCode"),
                Domain = JsonFields.Text(answer, "domain") ?? EmailAddresses.DomainOf(address),
                AccountLocked = Flag("accountLocked"),
                AccountDisabled = Flag("accountDisabled"),
                AllowPop = Flag("allowPop"),
                AllowSmtp = Flag("allowSmtp"),
                PasswordNeverExpires = Flag("passwordNeverExpires"),
                ForcePasswordChange = Flag("forcePasswordChange"),
                ArchiveStartDate = JsonFields.Date(answer, "archiveStartDate") ?? (sent == null ? null : JsonFields.Date(sent, "archiveStartDate")),
            };
        }
    }
}
