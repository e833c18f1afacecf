namespace MimecastPS.Pipeline
{
    /// <summary>How an endpoint's answer says that an item was carried out.</summary>
    internal enum SuccessShape
    {
        /// <summary>One data item for each item sent (create-user, update-alias, add-delegate-user, ...).</summary>
        DataItemPerRow,

        /// <summary>
        /// Nothing but the absence of a fail entry for the item: remove-style endpoints answer 200 with empty data.
        /// </summary>
        NoFailEntry,
    }
}
