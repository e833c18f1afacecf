namespace MimecastPS
{
    /// <summary>An address or a domain in a directory group.</summary>
    public sealed class MimecastGroupMember : IRowResult
    {
        /// <summary>The group's id (Mimecast's folderId).</summary>
        public string GroupId { get; set; } = string.Empty;

        /// <summary>The member's address; empty for a domain member.</summary>
        public string? EmailAddress { get; set; }

        /// <summary>The member domain, or the domain of the member's address.</summary>
        public string? Domain { get; set; }

        public bool? Internal { get; set; }

        /// <summary>The member's display name, as Get-MimecastGroupMember reads it.</summary>
        public string? Name { get; set; }

        /// <summary>email or domain, as Get-MimecastGroupMember reads it.</summary>
        public string? Type { get; set; }

        /// <summary>The membership's id, as add- and remove-group-member answer it.</summary>
        public string? Id { get; set; }

        /// <summary>What the command did to it; empty on objects read with a Get- cmdlet.</summary>
        public MimecastRowStatus? Status { get; set; }

        public override string ToString() => (EmailAddress ?? Domain) + " in " + GroupId;
    }
}
