namespace MimecastPS.Sandbox;

/// <summary>What adding an alias did, and the owner as it is afterwards (null if there is no owner).</summary>
internal sealed record AliasResult(AliasStatus Status, SandboxUser? Owner);
