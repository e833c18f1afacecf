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
    }
}
