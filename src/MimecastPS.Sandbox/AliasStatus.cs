namespace MimecastPS.Sandbox;

internal enum AliasStatus
{
    Added,
    Removed,
    OwnerNotFound,
    AlreadyUsed,
    NotFound,
}
