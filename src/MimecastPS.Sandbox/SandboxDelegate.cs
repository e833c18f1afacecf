namespace MimecastPS.Sandbox;

/// <summary>A delegate right: <see cref="PrimaryAddress"/> may act on <see cref="DelegateAddress"/>'s mailbox.</summary>
public sealed record SandboxDelegate(string Id, string PrimaryAddress, string DelegateAddress);
