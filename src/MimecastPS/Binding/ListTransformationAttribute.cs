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
    public sealed class ListTransformationAttribute : ArgumentTransformationAttribute
    {
        private static readonly char[] Separators = { ';', ',' };

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PipelineValue.Unwrap(inputData);
            if (PipelineValue.IsEmptyCell(value))
            {
                return null;
            }
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
            return parts.Count == 0 ? null : parts.ToArray();
        }
    }
}
