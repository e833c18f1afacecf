namespace MimecastPS.Sandbox;

/// <summary>What add- and remove-group-member name: the group's id, and an address or a domain (never both).</summary>
internal sealed record GroupMemberTarget(string GroupId, string? EmailAddress, string? Domain)
{
    /// <summary>The target, or null with the item's errors collected in <paramref name="fields"/>.</summary>
    public static GroupMemberTarget? Read(ItemFieldReader fields)
    {
        var groupId = fields.String("id", required: true);
        var errorsBefore = fields.Errors.Count;
        var email = fields.Email("emailAddress");
        var domain = fields.Domain("domain");
        var memberFieldsValid = fields.Errors.Count == errorsBefore;
        if (email is null && domain is null && memberFieldsValid)
        {
            fields.AddError(new ApiError("err_validation_null", "emailAddress or domain is required", "emailAddress"));
        }
        else if (email is not null && domain is not null)
        {
            // Inferred: the documents offer one or the other, and no source shows what both together do.
            fields.AddError(new ApiError("err_validation_ambiguous_member",
                "Give emailAddress or domain, not both", "domain"));
        }

        return fields.HasErrors ? null : new GroupMemberTarget(groupId!, email, domain);
    }

    public bool Matches(SandboxGroupMember member) => EmailAddress is not null
        ? string.Equals(member.EmailAddress, EmailAddress, StringComparison.OrdinalIgnoreCase)
        : string.Equals(member.Domain, Domain, StringComparison.OrdinalIgnoreCase);
}
