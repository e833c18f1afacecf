namespace MimecastPS
{
    /// <summary>A secondary address of a user, as Set-MimecastAlias reports it.</summary>
    public sealed class MimecastAlias : IRowResult
    {
        public string Alias { get; set; } = string.Empty;
        public string AliasFor { get; set; } = string.Empty;
        public string? Domain { get; set; }
        public bool? IsInternal { get; set; }
        public string? AliasDisplayName { get; set; }
        public string? Type { get; set; }

        /// <summary>What the command did to it; empty on objects read with a Get- cmdlet.</summary>
        public MimecastRowStatus? Status { get; set; }

        public override string ToString() => Alias + " -> " + AliasFor;
    }
}
