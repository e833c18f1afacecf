namespace MimecastPS
{
    /// <summary>What the module reads out of an email address.</summary>
    internal static class EmailAddresses
    {
        /// <summary>The part after the @, or null when there is none.</summary>
        public static string? DomainOf(string? address)
        {
            int at = address?.LastIndexOf('@') ?? -1;
            return at < 0 ? null : address!.Substring(at + 1);
        }
    }
}
