using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Lets one CSV cell hold several values: "a@x.com;b@x.com" or "9702, 9703" bind as an array.
    /// An empty cell is "not given". Arrays pass through with each element split the same way.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ListTransformationAttribute : CellTransformationAttribute
    {
        private static readonly char[] Separators = { ';', ',' };

        /// <summary>The values are whole numbers ("9702;9703"): one that is not makes the cell a bad cell of its row.</summary>
        public bool WholeNumbers { get; set; }

        private protected override object? Convert(object value)
        {
            IEnumerable<object?> elements = value is IEnumerable sequence && !(value is string)
                ? sequence.Cast<object?>().Select(PipelineValue.Unwrap)
                : new[] { value };
            var parts = new List<object>();
            foreach (object? element in elements)
            {
                if (element is string text)
                {
                    parts.AddRange(text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0));
                }
                else if (element != null)
                {
                    parts.Add(element);
                }
            }
            if (parts.Count == 0)
            {
                return null;
            }
            if (!WholeNumbers)
            {
                return parts.ToArray();
            }
            var numbers = new int[parts.Count];
            for (int i = 0; i < parts.Count; i++)
            {
                if (!WholeNumberTransformationAttribute.TryParse(parts[i], out numbers[i]))
                {
                    return BadCells.Record(value!, "'" + parts[i] + "' in '" + value + "' is not a whole number.");
                }
            }
            return numbers;
        }
    }
}
