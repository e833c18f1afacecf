namespace MimecastPS
{
    /// <summary>A customer account created by a Mimecast partner with New-MimecastAccount.</summary>
    public sealed class MimecastAccount : IRowResult
    {
        public string AccountName { get; set; } = string.Empty;
        public string? AccountCode { get; set; }
        public string? Domain { get; set; }
        public string[] Packages { get; set; } = new string[0];
        public string? AdminEmail { get; set; }

        /// <summary>What the command did to it; empty on objects read with a Get- cmdlet.</summary>
        public MimecastRowStatus? Status { get; set; }

        public override string ToString() => AccountName + (AccountCode == null ? "" : " (" + AccountCode + ")");
    }
}
