namespace MimecastPS
{
    /// <summary>A directory group (Mimecast calls it a folder), as Get-MimecastGroup reads it.</summary>
    public sealed class MimecastGroup
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The group's name (Mimecast's description field). Names are not unique.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>cloud (made in Mimecast) or ldap (synchronised from a directory).</summary>
        public string? Source { get; set; }

        public string? ParentId { get; set; }

        public int? UserCount { get; set; }

        public int? FolderCount { get; set; }

        public override string ToString() => Name + " (" + Id + ")";
    }
}
