namespace MimecastPS.Sandbox;

/// <summary>Whether an address or domain is one of the tenant's internal domains (read live from the options).</summary>
internal static class InternalDomainCheck
{
    public static bool IsInternal(SandboxOptions options, string address) =>
        IsInternalDomain(options, EmailAddressFormat.DomainOf(address));

    public static bool IsInternalDomain(SandboxOptions options, string domain) =>
        options.InternalDomains.Any(internalDomain =>
            string.Equals(internalDomain, domain, StringComparison.OrdinalIgnoreCase));
}
