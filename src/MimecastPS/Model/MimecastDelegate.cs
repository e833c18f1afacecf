namespace MimecastPS
{
    /// <summary>A delegate right: PrimaryAddress may access DelegateAddress's mailbox.</summary>
    public sealed class MimecastDelegate : IRowResult
    {
        public string PrimaryAddress { get; set; } = string.Empty;
        public string DelegateAddress { get; set; } = string.Empty;

        /// <summary>The delegate right's id: what Remove-MimecastDelegate takes.</summary>
        public string? Id { get; set; }

        /// <summary>The delegate's display name, as Get-MimecastDelegate reads it.</summary>
        public string? Name { get; set; }

        /// <summary>Where the right comes from (for example cloud, or ADCON for a directory-synchronised one), as Get-MimecastDelegate reads it.</summary>
        public string? Source { get; set; }

        /// <summary>What the command did to it; empty on objects read with a Get- cmdlet.</summary>
        public MimecastRowStatus? Status { get; set; }

        public override string ToString() => PrimaryAddress + " -> " + DelegateAddress;
    }
}
