namespace MimecastPS
{
    /// <summary>What a change cmdlet did to a row's object: what a nightly re-run tells apart.</summary>
    public enum MimecastRowStatus
    {
        /// <summary>The object was made (a new user, account).</summary>
        Created,

        /// <summary>The object was added to (an alias, a delegate right, a group member).</summary>
        Added,

        /// <summary>The object's settings were changed.</summary>
        Updated,

        /// <summary>The object was removed.</summary>
        Removed,

        /// <summary>Nothing was changed: Mimecast already had it (-IfExists Skip).</summary>
        AlreadyPresent,
    }
}
