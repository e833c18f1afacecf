using System;
using System.Collections.Generic;
using System.Linq;
using MimecastPS.Json;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// For -IfExists Skip where Mimecast's "add" answers an item already in place as a fresh success (aliases, delegate
    /// rights, as far as is known): what each owner already has, read once per distinct owner per run, so that rows
    /// already in place are reported AlreadyPresent and not sent at all. A read that fails knows nothing, and the row
    /// is sent as usual.
    /// </summary>
    internal sealed class ExistingItems
    {
        private readonly Func<string, IReadOnlyList<JObject>> _read;
        private readonly string _ownerField;
        private readonly string _itemField;
        private readonly string _entryField;
        private readonly Dictionary<string, Dictionary<string, JObject>> _byOwner = new Dictionary<string, Dictionary<string, JObject>>(StringComparer.OrdinalIgnoreCase);

        /// <param name="read">The entries an owner has (throws MimecastApiException when the read fails).</param>
        /// <param name="ownerField">The request item's field that names the owner (aliasFor).</param>
        /// <param name="itemField">The request item's field that names what is added (alias).</param>
        /// <param name="entryField">The read entry's field that names it (alias, emailAddress).</param>
        public ExistingItems(Func<string, IReadOnlyList<JObject>> read, string ownerField, string itemField, string entryField)
        {
            _read = read;
            _ownerField = ownerField;
            _itemField = itemField;
            _entryField = entryField;
        }

        /// <summary>The requests, each item already in place marked so; refusals pass through.</summary>
        public IEnumerable<RowRequest> Mark(IEnumerable<RowRequest> requests)
        {
            foreach (RowRequest request in requests)
            {
                string? owner = request.Item == null ? null : JsonFields.Identity(request.Item, _ownerField);
                string? key = request.Item == null ? null : JsonFields.Identity(request.Item, _itemField);
                yield return owner != null && key != null && EntriesOf(owner).TryGetValue(key, out JObject? existing)
                    ? request.AlreadyPresent(existing)
                    : request;
            }
        }

        private Dictionary<string, JObject> EntriesOf(string owner)
        {
            if (!_byOwner.TryGetValue(owner, out var entries))
            {
                entries = new Dictionary<string, JObject>(StringComparer.OrdinalIgnoreCase);
                try
                {
                    foreach (JObject entry in _read(owner))
                    {
                        string? key = JsonFields.Identity(entry, _entryField);
                        if (key != null) entries[key] = entry;
                    }
                }
                catch (MimecastApiException)
                {
                    // Nothing is known of this owner: its rows are sent, and Mimecast's answer decides.
                }
                _byOwner[owner] = entries;
            }
            return entries;
        }
    }
}
