namespace MimecastPS
{
    /// <summary>A delegate right: PrimaryAddress may access DelegateAddress's mailbox.</summary>
    public sealed class MimecastDelegate
    {
        public string PrimaryAddress { get; set; } = string.Empty;
        public string DelegateAddress { get; set; } = string.Empty;
        public string? Id { get; set; }

        public override string ToString() => PrimaryAddress + " -> " + DelegateAddress;
    }
}
