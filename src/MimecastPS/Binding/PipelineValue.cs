using System.Linq;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    internal static class PipelineValue
    {
        /// <summary>The value inside a PSObject wrapper, as Import-Csv and pipelines deliver it.</summary>
        public static object? Unwrap(object? value)
        {
            while (value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject))
            {
                value = wrapped.BaseObject;
            }
            return value;
        }

        /// <summary>An empty or all-blank cell: "not given", whatever the parameter's type.</summary>
        public static bool IsEmptyCell(object? value)
            => value == null || (value is string text && text.Trim().Length == 0);

        /// <summary>
        /// A pipeline row with nothing in it: a CSV row whose every cell is empty (spreadsheets export trailing
        /// ones by the hundred) or a blank line of text.
        /// </summary>
        public static bool IsEmptyRow(RowCells row)
        {
            if (row.Row == null)
            {
                return false;
            }
            if (!row.IsCustomObject)
            {
                object? value = Unwrap(row.Row);
                return value is string && IsEmptyCell(value);
            }
            return row.Columns.Count > 0 && row.Columns.All(p => IsEmptyCell(Unwrap(p.Value)));
        }
    }
}
