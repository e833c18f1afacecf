namespace MimecastPS.Sandbox;

/// <summary>What adding or removing a group member did, and the member concerned when it was done.</summary>
internal sealed record GroupMemberResult(GroupMemberStatus Status, SandboxGroupMember? Member);
