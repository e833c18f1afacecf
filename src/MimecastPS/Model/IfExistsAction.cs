namespace MimecastPS
{
    /// <summary>What an "add" cmdlet does with a row whose object Mimecast already has.</summary>
    public enum IfExistsAction
    {
        /// <summary>Mimecast's "already exists" is the row's error (the default).</summary>
        Error,

        /// <summary>The row's output says AlreadyPresent; no error.</summary>
        Skip,

        /// <summary>The row's given settings are sent as a change instead (New-MimecastUser).</summary>
        Update,
    }
}
