using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>The two ways the group endpoints describe a member.</summary>
internal static class GroupMemberJson
{
    /// <summary>
    /// add- and remove-group-member: id (the member's), folderId, emailAddress, internal (S5 fixtures). A domain
    /// member carries domain instead of emailAddress (inferred from the Okta connector's output list).
    /// </summary>
    public static JsonObject DescribeChange(SandboxGroupMember member, SandboxOptions options)
    {
        var json = new JsonObject { ["id"] = member.Id, ["folderId"] = member.GroupId };
        if (member.EmailAddress is { } email)
        {
            json["emailAddress"] = email;
        }
        else
        {
            json["domain"] = member.Domain;
        }

        json["internal"] = IsInternal(member, options);
        return json;
    }

    /// <summary>
    /// get-group-members: emailAddress, domain, internal, type, name (S4). For a domain member emailAddress is
    /// left out; the type values are inferred ("email" or "domain"), as no source lists them.
    /// </summary>
    public static JsonObject DescribeListed(SandboxGroupMember member, SandboxDirectory directory, SandboxOptions options)
    {
        var json = new JsonObject();
        if (member.EmailAddress is { } email)
        {
            json["emailAddress"] = email;
        }

        json["domain"] = member.Domain ?? EmailAddressFormat.DomainOf(member.EmailAddress!);
        json["internal"] = IsInternal(member, options);
        json["type"] = member.EmailAddress is null ? "domain" : "email";
        json["name"] = member.EmailAddress is null ? "" : directory.FindUser(member.EmailAddress)?.Name ?? "";
        return json;
    }

    private static bool IsInternal(SandboxGroupMember member, SandboxOptions options) => member.EmailAddress is { } email
        ? InternalDomainCheck.IsInternal(options, email)
        : InternalDomainCheck.IsInternalDomain(options, member.Domain!);
}
