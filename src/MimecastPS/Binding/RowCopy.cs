using System;
using System.Linq;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>A copy of a CSV row (a PSCustomObject) with some of its cells given other values, the columns in their order.</summary>
    internal static class RowCopy
    {
        /// <summary>The copy; <paramref name="cellValue"/> gives each cell's value in it from the cell.</summary>
        public static PSObject With(PSObject row, Func<PSPropertyInfo, object?> cellValue)
        {
            var copy = new PSObject();
            foreach (PSPropertyInfo property in row.Properties.Where(p => p.IsGettable))
            {
                copy.Properties.Add(new PSNoteProperty(property.Name, cellValue(property)));
            }
            return copy;
        }
    }
}
