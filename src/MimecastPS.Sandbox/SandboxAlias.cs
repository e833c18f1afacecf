namespace MimecastPS.Sandbox;

/// <summary>A secondary address and the primary address of the user who owns it.</summary>
public sealed record SandboxAlias(string Alias, string AliasFor);
