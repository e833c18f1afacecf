using System;
using System.Collections.Generic;
using System.Linq;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// A read endpoint, as data: where it is, where its answer lists what was found (data[].users, data[].folders,
    /// ...), whether it pages, and how a listed entry becomes output. The read cmdlets declare one each.
    /// </summary>
    internal sealed class ListEndpoint
    {
        /// <summary>Every client seen in the wild pages by at most 100; larger pages are not documented for every endpoint.</summary>
        public const int DefaultPageSize = 100;

        public ListEndpoint(string path, string listName, Func<JObject, JObject, object> createOutput, bool paged, Func<JObject, IEnumerable<JObject>>? entriesOf = null)
        {
            Path = path;
            ListName = listName;
            CreateOutput = createOutput;
            Paged = paged;
            EntriesOf = entriesOf ?? (item => item[listName] is JArray list ? list.OfType<JObject>() : Enumerable.Empty<JObject>());
        }

        public string Path { get; }

        /// <summary>The array in each data item that holds the entries, such as users or groupMembers.</summary>
        public string ListName { get; }

        /// <summary>The output for one listed entry, from the entry and the request item that found it.</summary>
        public Func<JObject, JObject, object> CreateOutput { get; }

        /// <summary>Whether the endpoint pages with meta.pagination; every page is read.</summary>
        public bool Paged { get; }

        /// <summary>The entries a data item holds; by default those in <see cref="ListName"/>.</summary>
        public Func<JObject, IEnumerable<JObject>> EntriesOf { get; }

        /// <summary>The request's meta for a page of <paramref name="pageSize"/>; null for an endpoint that does not page.</summary>
        public JObject? Meta(int pageSize) => Paged ? new JObject { ["pagination"] = new JObject { ["pageSize"] = pageSize } } : null;

        /// <summary>The entries an answer lists, over all its data items.</summary>
        public IEnumerable<JObject> EntriesIn(ApiResponse page) => page.Data.OfType<JObject>().SelectMany(EntriesOf);
    }
}
