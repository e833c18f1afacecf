using System.Text.RegularExpressions;

namespace MimecastPS.Sandbox;

/// <summary>The address and domain checks the endpoints share.</summary>
internal static partial class EmailAddressFormat
{
    // Deliberately simple: one @, no spaces, a dot in the domain. Enough to catch what a CSV gets wrong.
    private const string DomainPattern = @"[^@\s.]+(\.[^@\s.]+)+";

    [GeneratedRegex(@"^[^@\s]+@" + DomainPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    [GeneratedRegex("^" + DomainPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainOnlyPattern();

    public static bool IsValid(string address) => AddressPattern().IsMatch(address);

    public static bool IsValidDomain(string domain) => DomainOnlyPattern().IsMatch(domain);

    public static string DomainOf(string address) => address[(address.IndexOf('@') + 1)..];
}
