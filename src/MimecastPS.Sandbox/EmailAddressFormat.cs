using System.Text.RegularExpressions;

namespace MimecastPS.Sandbox;

/// <summary>The address checks the endpoints share.</summary>
internal static partial class EmailAddressFormat
{
    // Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch what a CSV gets wrong.
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string address) => Pattern().IsMatch(address);

    public static string DomainOf(string address) => address[(address.IndexOf('@') + 1)..];
}
