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
        private readonly Func<JObject, IReadOnlyList<JObject>> _read;
        private readonly InPlaceCheck _check;
        private readonly Dictionary<string, Dictionary<string, JObject>> _byOwner = new Dictionary<string, Dictionary<string, JObject>>(StringComparer.OrdinalIgnoreCase);

        /// <param name="check">What to read and how its entries meet the items.</param>
        /// <param name="read">Every entry the check's read endpoint lists for a request item (throws MimecastApiException when the read fails).</param>
        public ExistingItems(InPlaceCheck check, Func<JObject, IReadOnlyList<JObject>> read)
        {
            _check = check;
            _read = read;
        }

        /// <summary>The requests, each item already in place marked so; refusals pass through.</summary>
        public IEnumerable<RowRequest> Mark(IEnumerable<RowRequest> requests)
        {
            foreach (RowRequest request in requests)
            {
                string? owner = request.Item == null ? null : JsonFields.Identity(request.Item, _check.OwnerField);
                string? key = request.Item == null ? null : JsonFields.Identity(request.Item, _check.ItemField);
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
                    foreach (JObject entry in _read(new JObject { [_check.ReadField] = owner }))
                    {
                        string? key = JsonFields.Identity(entry, _check.EntryField);
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
