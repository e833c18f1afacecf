namespace MimecastPS.Sandbox;

/// <summary>A customer account made by create-account.</summary>
public sealed record SandboxAccount(string AccountCode, string AccountName, string Domain, string AdminEmail,
    IReadOnlyList<int> Products);
