using System.Linq;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>A row whose list cell ("a;b;c") is narrowed to one of its values: what one item's error carries.</summary>
    internal static class ListCells
    {
        /// <summary>A copy of <paramref name="row"/> with every column in <paramref name="columns"/> set to <paramref name="value"/>; other rows as they are.</summary>
        public static object Narrow(object row, string[] columns, string value)
        {
            if (!(row is PSObject wrapped) || !(wrapped.BaseObject is PSCustomObject))
            {
                return row;
            }
            var copy = new PSObject();
            foreach (PSPropertyInfo property in wrapped.Properties.Where(p => p.IsGettable))
            {
                bool isListCell = columns.Any(c => string.Equals(c, property.Name, System.StringComparison.OrdinalIgnoreCase));
                copy.Properties.Add(new PSNoteProperty(property.Name, isListCell ? value : property.Value));
            }
            return copy;
        }
    }
}
