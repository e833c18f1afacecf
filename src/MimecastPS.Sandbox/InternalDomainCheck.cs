namespace MimecastPS.Sandbox;

/// <summary>Whether an address belongs to one of the tenant's internal domains (read live from the options).</summary>
internal static class InternalDomainCheck
{
    public static bool IsInternal(SandboxOptions options, string address)
    {
        var domain = EmailAddressFormat.DomainOf(address);
        return options.InternalDomains.Any(internalDomain =>
            string.Equals(internalDomain, domain, StringComparison.OrdinalIgnoreCase));
    }
}
