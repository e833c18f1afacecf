namespace MimecastPS.Sandbox;

/// <summary>
/// The groups every sandbox starts with (and has again after a reset). Fixed ids, shaped like Mimecast's, keep
/// them the same on every run without drawing from the seeded random. Two groups named "Shared" let a client's
/// name resolution meet an ambiguous name; "Finance EMEA" makes a search for "Finance" find more than the exact name.
/// </summary>
internal static class SeededGroups
{
    /// <summary>The parent of top-level groups: Mimecast's root folder, which find-groups never lists.</summary>
    public const string RootId = "eNoBw7ApVOH-R_FiAJgbmeHakVVLxXRcy29heZCAfHc";

    public const string FinanceId = "eNoYw-HSpjBfcyO_RQW9KqS5dYWNlz1RzuKjieoK6dV";

    public static readonly IReadOnlyList<SandboxGroup> All =
    [
        new(FinanceId, "Finance", "cloud", RootId),
        new("eNobEXmKhFGIbmjM3xE8xg1iA-Q553v2B7GG-A-sKbp", "Finance EMEA", "cloud", FinanceId),
        new("eNocof6xNWQgVvAqWwGXB-A0JH-xQGO_fAL4ZSOoupM", "Sales", "cloud", RootId),
        new("eNonFBr6YnVnrVFmWODyLM5jLnhE8pxwfLz2fpoW-hK", "Shared", "cloud", RootId),
        new("eNo4Mz8kg2PfjSkyoz5u8t5bLPMVEcfdAICAfGK1HVN", "Shared", "ldap", RootId),
        new("eNo3eprrlHOt4xe7T7sFM3BaOVvlN37DOdyzG_gY7d7", "All Staff", "ldap", RootId),
    ];
}
