using System;

namespace MimecastPS
{
    /// <summary>A user of the account's internal directory, as New-, Set- and Get-MimecastUser report it.</summary>
    public sealed class MimecastUser : IRowResult
    {
        public string EmailAddress { get; set; } = string.Empty;
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? AccountCode { get; set; }
        public string? Domain { get; set; }
        public bool? AccountLocked { get; set; }
        public bool? AccountDisabled { get; set; }
        public bool? AllowPop { get; set; }
        public bool? AllowSmtp { get; set; }
        public bool? PasswordNeverExpires { get; set; }
        public bool? ForcePasswordChange { get; set; }
        public DateTime? ArchiveStartDate { get; set; }

        /// <summary>What the command did to it; empty on objects read with a Get- cmdlet.</summary>
        public MimecastRowStatus? Status { get; set; }

        public override string ToString() => EmailAddress;
    }
}
