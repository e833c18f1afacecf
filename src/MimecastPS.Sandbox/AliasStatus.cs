namespace MimecastPS.Sandbox;

internal enum AliasStatus
{
    Added,
    OwnerNotFound,
    AlreadyUsed,
}
