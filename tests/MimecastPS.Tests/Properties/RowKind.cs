namespace MimecastPS.Tests.Properties;

/// <summary>What a generated CSV row is like, which decides the outcome it must get.</summary>
public enum RowKind
{
    /// <summary>A new user in an internal domain: must end up created, once.</summary>
    New,
    /// <summary>Not an email address: refused before sending.</summary>
    Invalid,
    /// <summary>The same address as an earlier row of the same run.</summary>
    Duplicate,
    /// <summary>A user the directory already has.</summary>
    Existing,
    /// <summary>An address in a domain the account does not own.</summary>
    NotInternal,
    /// <summary>A row whose every cell is empty, as spreadsheets export them: skipped, counted in one warning.</summary>
    Blank,
}
