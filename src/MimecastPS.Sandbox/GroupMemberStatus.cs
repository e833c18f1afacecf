namespace MimecastPS.Sandbox;

internal enum GroupMemberStatus
{
    Done,
    GroupNotFound,
    AlreadyMember,
    NotMember,
}
