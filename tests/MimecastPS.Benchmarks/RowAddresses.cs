using System.Globalization;

namespace MimecastPS.Benchmarks;

/// <summary>
/// The benchmark's addresses carry their row number (r0000042@example.com), so that an output or an
/// error names its row without a lookup table: order and duplicates are checked from the address alone.
/// </summary>
internal static class RowAddresses
{
    public const string Domain = "example.com";

    /// <summary>The PowerShell format string that builds row i's address with `-f`.</summary>
    public const string PowerShellFormat = "r{0:D7}@" + Domain;

    public static string For(int index) => "r" + index.ToString("D7", CultureInfo.InvariantCulture) + "@" + Domain;

    /// <summary>The row number in an address, or -1 if it is not one of ours.</summary>
    public static int IndexOf(object? address)
    {
        string? text = address?.ToString();
        if (text == null || text.Length < 8 || text[0] != 'r') return -1;
        return int.TryParse(text.AsSpan(1, 7), NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : -1;
    }
}
