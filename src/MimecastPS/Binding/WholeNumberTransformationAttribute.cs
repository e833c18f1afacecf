using System;
using System.Globalization;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// For whole-number parameters: an empty cell is "not given"; digits (with an optional sign) are the number; anything
    /// else ("twelve", "12.5", "1e3") is a bad cell of the row, never silently rounded or taken as missing.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class WholeNumberTransformationAttribute : CellTransformationAttribute
    {
        private protected override object? Convert(object value)
        {
            return TryParse(value, out int number) ? number : BadCells.Record(value, "'" + value + "' is not a whole number.");
        }

        internal static bool TryParse(object value, out int number)
        {
            switch (value)
            {
                case int whole:
                    number = whole;
                    return true;
                case long or short or byte when System.Convert.ToInt64(value, CultureInfo.InvariantCulture) is long wide && wide >= int.MinValue && wide <= int.MaxValue:
                    number = (int)wide;
                    return true;
                case string text:
                    return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
                default:
                    number = 0;
                    return false;
            }
        }
    }
}
