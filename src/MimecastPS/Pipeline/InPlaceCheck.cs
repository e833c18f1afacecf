namespace MimecastPS.Pipeline
{
    /// <summary>
    /// For an "add" endpoint whose answer does not tell an item already in place from a new one (update-alias and
    /// add-delegate-user answer a repeat as a fresh success, as far as is known): the read that lists what an owner
    /// already has, so that -IfExists Skip reports those rows AlreadyPresent without sending them.
    /// </summary>
    internal sealed class InPlaceCheck
    {
        /// <param name="read">The read endpoint (get-aliases, find-delegate-users).</param>
        /// <param name="ownerField">The add item's field naming the owner (aliasFor, primaryAddress).</param>
        /// <param name="readField">The read's request field naming the owner (emailAddress, primaryAddress).</param>
        /// <param name="itemField">The add item's field naming what is added (alias, delegateAddress).</param>
        /// <param name="entryField">The read entry's field naming it (alias, emailAddress).</param>
        public InPlaceCheck(ListEndpoint read, string ownerField, string readField, string itemField, string entryField)
        {
            Read = read;
            OwnerField = ownerField;
            ReadField = readField;
            ItemField = itemField;
            EntryField = entryField;
        }

        public ListEndpoint Read { get; }

        public string OwnerField { get; }

        /// <summary>The read's request field that names the owner (emailAddress, primaryAddress).</summary>
        public string ReadField { get; }

        public string ItemField { get; }

        public string EntryField { get; }
    }
}
