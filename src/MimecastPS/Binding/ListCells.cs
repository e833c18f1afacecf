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
            return RowCopy.With(wrapped, cell => columns.Contains(cell.Name, System.StringComparer.OrdinalIgnoreCase) ? value : cell.Value);
        }
    }
}
