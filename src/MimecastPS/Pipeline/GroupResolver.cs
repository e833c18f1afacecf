using System;
using System.Collections.Generic;
using System.Linq;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// Turns what a -Group cell holds into a group id, once per distinct value per run. A value in Mimecast's id form
    /// (it begins with "eNo" and holds no space) is an id; anything else is a name, looked up with find-groups and
    /// compared exactly (case-insensitively) across every page, because names are searched by part and not unique.
    /// </summary>
    internal sealed class GroupResolver
    {
        public const string UnknownGroupCode = "GroupNotFound";
        public const string AmbiguousGroupCode = "AmbiguousGroupName";
        private const int CandidatesShown = 10;

        /// <summary>find-groups: data[0].folders, paged; Get-MimecastGroup reads it too.</summary>
        public static readonly ListEndpoint FindGroups = new ListEndpoint("/api/directory/find-groups", "folders", (folder, request) => MimecastGroupJson.Group(folder), paged: true);

        private readonly Func<string, IReadOnlyList<MimecastGroup>> _findGroups;
        private readonly Dictionary<string, (string? Id, RowFailure? Failure)> _resolved = new Dictionary<string, (string?, RowFailure?)>(StringComparer.OrdinalIgnoreCase);

        /// <param name="findGroups">Every group find-groups returns for a query; throws MimecastApiException when the lookup fails.</param>
        public GroupResolver(Func<string, IReadOnlyList<MimecastGroup>> findGroups)
        {
            _findGroups = findGroups;
        }

        public static bool IsGroupId(string value) => value.StartsWith("eNo", StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace);

        /// <summary>The group's id, or the failure of every row that names it.</summary>
        public (string? Id, RowFailure? Failure) Resolve(string group)
        {
            if (IsGroupId(group))
            {
                return (group, null);
            }
            if (!_resolved.TryGetValue(group, out var resolution))
            {
                resolution = Lookup(group);
                _resolved[group] = resolution;
            }
            return resolution;
        }

        private (string? Id, RowFailure? Failure) Lookup(string name)
        {
            IReadOnlyList<MimecastGroup> found;
            try
            {
                found = _findGroups(name);
            }
            catch (MimecastApiException e)
            {
                return (null, new RowFailure(e.Code, "Group '" + name + "' could not be looked up: " + e.Message, ErrorCategories.ForFailure(e.Failure)));
            }
            var exact = found.Where(g => string.Equals(g.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (exact.Count == 1)
            {
                return (exact[0].Id, null);
            }
            if (exact.Count > 1)
            {
                return (null, RowFailures.Invalid(AmbiguousGroupCode, exact.Count + " groups are named '" + name + "': " + Describe(exact)
                    + ". Give the group's id in -Group instead of its name."));
            }
            string others = found.Count == 0 ? "no group's name contains it" : "groups whose name contains it: " + Describe(found);
            return (null, new RowFailure(UnknownGroupCode, "No group is named '" + name + "' (" + others + ").", System.Management.Automation.ErrorCategory.ObjectNotFound));
        }

        private static string Describe(IReadOnlyList<MimecastGroup> groups)
            => string.Join(", ", groups.Take(CandidatesShown).Select(g => g.Name + " (" + (g.Source ?? "?") + ", id " + g.Id + ")"))
                + (groups.Count > CandidatesShown ? " and " + (groups.Count - CandidatesShown) + " more" : "");
    }
}
