namespace MimecastPS.Sandbox;

/// <summary>
/// A user of the internal directory. Immutable: the directory replaces the whole record on every change,
/// so a snapshot a test holds never changes under it.
/// </summary>
public sealed record SandboxUser
{
    public required string Id { get; init; }
    public required string EmailAddress { get; init; }
    public string? Name { get; init; }

    /// <summary>Stored so tests can check it was set; never written to any answer.</summary>
    public string? Password { get; init; }
    public string? AccountCode { get; init; }
    public bool AccountLocked { get; init; }
    public bool AccountDisabled { get; init; }
    public bool AllowPop { get; init; }
    public bool AllowSmtp { get; init; }
    public bool PasswordNeverExpires { get; init; }
    public bool ForcePasswordChange { get; init; }
    public DateTimeOffset? ArchiveStartDate { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    public string Domain => EmailAddressFormat.DomainOf(EmailAddress);
}
