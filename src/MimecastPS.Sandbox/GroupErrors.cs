namespace MimecastPS.Sandbox;

/// <summary>The fail-entry errors the group endpoints share. Like the S5 fixtures, they name no field.</summary>
internal static class GroupErrors
{
    /// <summary>Verified (S5 add_group_member_bad), message and all.</summary>
    public static readonly ApiError MemberAlreadyExists =
        new("err_folder_group_member_already_exists", "Group member already exists");

    /// <summary>Verified (S5 delete_group_member_bad) for an address.</summary>
    public static readonly ApiError EmailAddressNotFound =
        new("err_folder_email_address_not_found", "Error email address not found");

    /// <summary>Inferred: the domain counterpart of err_folder_email_address_not_found.</summary>
    public static readonly ApiError DomainNotFound =
        new("err_folder_domain_not_found", "Error domain not found");

    /// <summary>Inferred: no source shows the code for an unknown group id; this follows the err_folder_* family.</summary>
    public static ApiError GroupNotFound(string groupId) =>
        new("err_folder_not_found", $"Group not found: {groupId}");
}
