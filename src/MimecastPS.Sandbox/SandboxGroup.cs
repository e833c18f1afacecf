namespace MimecastPS.Sandbox;

/// <summary>
/// A directory group ("folder" in Mimecast's answers). <see cref="Description"/> is its name, which need not be
/// unique; <see cref="Source"/> is "cloud" or "ldap".
/// </summary>
public sealed record SandboxGroup(string Id, string Description, string Source, string ParentId);
