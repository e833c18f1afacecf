namespace MimecastPS.Sandbox;

/// <summary>A member of a group: an address, or a whole domain (exactly one of the two is set).</summary>
public sealed record SandboxGroupMember(string Id, string GroupId, string? EmailAddress, string? Domain);
