using MimecastPS.Json;
using Newtonsoft.Json.Linq;

namespace MimecastPS
{
    /// <summary>Groups and members from find-groups, get-group-members and add-/remove-group-member answers, read tolerantly.</summary>
    internal static class MimecastGroupJson
    {
        public static MimecastGroup Group(JObject folder) => new MimecastGroup
        {
            Id = JsonFields.Text(folder, "id") ?? string.Empty,
            Name = JsonFields.Text(folder, "description") ?? string.Empty,
            Source = JsonFields.Text(folder, "source"),
            ParentId = JsonFields.Text(folder, "parentId"),
            UserCount = JsonFields.Integer(folder, "userCount"),
            FolderCount = JsonFields.Integer(folder, "folderCount"),
        };

        /// <summary>
        /// A member from a listed entry (get-group-members) or a change answer (add-/remove-group-member, whose id is the
        /// membership's and folderId the group's); what the answer leaves out comes from what was sent (its id is the group's).
        /// </summary>
        public static MimecastGroupMember Member(JObject answer, JObject sent)
        {
            string? address = JsonFields.Text(answer, "emailAddress") ?? JsonFields.Text(sent, "emailAddress");
            bool isChange = answer["folderId"] != null;
            return new MimecastGroupMember
            {
                GroupId = JsonFields.Text(answer, "folderId") ?? JsonFields.Text(sent, "id") ?? string.Empty,
                EmailAddress = address,
                Domain = JsonFields.Text(answer, "domain") ?? JsonFields.Text(sent, "domain") ?? EmailAddresses.DomainOf(address),
                Internal = JsonFields.Flag(answer, "internal"),
                Name = JsonFields.Text(answer, "name"),
                Type = JsonFields.Text(answer, "type"),
                Id = isChange ? JsonFields.Text(answer, "id") : null,
            };
        }

        /// <summary>The group and the member an item, a fail key or a change answer is about: what tells group-member rows apart.</summary>
        public static string? MemberIdentity(JObject item)
        {
            string? group = JsonFields.Identity(item, "folderId") ?? JsonFields.Identity(item, "id");
            string? member = JsonFields.Identity(item, "emailAddress") ?? JsonFields.Identity(item, "domain");
            return group == null || member == null ? null : group + "|" + member;
        }
    }
}
