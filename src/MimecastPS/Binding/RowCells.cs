using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// The cells of one pipeline row, read from PowerShell once. A PSObject's Properties collection gathers the
    /// object's members anew on every enumeration and on every lookup by name (taking a lock each time), and the row
    /// engine asks about a row's cells a dozen times: asked of PowerShell each time, that cost more CPU per CSV row
    /// than building and sending its request.
    /// </summary>
    internal sealed class RowCells
    {
        // Every property of a PSCustomObject row by name, the first of a name winning as in Properties[name];
        // null for any other object, whose lookups go to PowerShell as before.
        private readonly Dictionary<string, PSPropertyInfo>? _byName;
        private List<PSPropertyInfo>? _columns;

        private RowCells(PSObject? row, List<PSPropertyInfo>? columns, Dictionary<string, PSPropertyInfo>? byName)
        {
            Row = row;
            _columns = columns;
            _byName = byName;
        }

        public PSObject? Row { get; }

        /// <summary>Whether the row is a PSCustomObject, as Import-Csv and [pscustomobject]@{...} make.</summary>
        public bool IsCustomObject => _byName != null;

        /// <summary>The row's note properties in order: a CSV row's columns. Any other object is asked only when this is.</summary>
        public IReadOnlyList<PSPropertyInfo> Columns => _columns ?? (_columns = Read(Row, byName: null));

        public static RowCells Of(PSObject? row)
        {
            if (row == null || !(row.BaseObject is PSCustomObject))
            {
                return new RowCells(row, null, null);
            }
            var byName = new Dictionary<string, PSPropertyInfo>(StringComparer.OrdinalIgnoreCase);
            return new RowCells(row, Read(row, byName), byName);
        }

        /// <summary>The row's property of that name (any case), as <c>Row.Properties[name]</c> finds it; null when it has none.</summary>
        public PSPropertyInfo? Find(string name)
        {
            if (_byName == null)
            {
                return Row?.Properties[name];
            }
            return _byName.TryGetValue(name, out PSPropertyInfo? property) ? property : null;
        }

        /// <summary>The note properties of <paramref name="row"/>, in one pass that also fills <paramref name="byName"/> when given.</summary>
        private static List<PSPropertyInfo> Read(PSObject? row, Dictionary<string, PSPropertyInfo>? byName)
        {
            var notes = new List<PSPropertyInfo>();
            if (row == null)
            {
                return notes;
            }
            foreach (PSPropertyInfo property in row.Properties)
            {
                if (property.MemberType == PSMemberTypes.NoteProperty)
                {
                    notes.Add(property);
                }
                if (byName != null && !byName.ContainsKey(property.Name))
                {
                    byName.Add(property.Name, property);
                }
            }
            return notes;
        }
    }
}
