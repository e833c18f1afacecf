using System;
using System.Globalization;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Lets a CSV cell bind to a [bool] or [switch] parameter. PowerShell's own binder refuses the string
    /// "TRUE" for a bool, and when binding by property name it then silently skips the column. Accepted:
    /// true/false, yes/no, 1/0 in any case, real booleans and the numbers 1 and 0; an empty cell is "not
    /// given"; anything else is a bad cell of its row (<see cref="BadCells"/>), reported in its place.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : CellTransformationAttribute
    {
        private protected override object? Convert(object value)
        {
            switch (value)
            {
                case bool flag:
                    return flag;
                case SwitchParameter switchParameter:
                    return switchParameter.IsPresent;
                case string text:
                    bool? parsed = Parse(text);
                    if (parsed.HasValue) return parsed.Value;
                    break;
                case IConvertible number when IsInteger(number):
                    long integer = number.ToInt64(CultureInfo.InvariantCulture);
                    if (integer == 0 || integer == 1) return integer == 1;
                    break;
            }
            return BadCells.Record(value!, "'" + value + "' is not a yes/no value: use true or false, yes or no, y or n, 1 or 0 (any case), or leave the cell empty to leave the setting unchanged.");
        }

        internal static bool? Parse(string text)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true": case "$true": case "yes": case "y": case "1": return true;
                case "false": case "$false": case "no": case "n": case "0": return false;
                default: return null;
            }
        }

        private static bool IsInteger(IConvertible value)
        {
            switch (value.GetTypeCode())
            {
                case TypeCode.Byte: case TypeCode.SByte: case TypeCode.Int16: case TypeCode.UInt16:
                case TypeCode.Int32: case TypeCode.UInt32: case TypeCode.Int64: case TypeCode.UInt64:
                    return true;
                default:
                    return false;
            }
        }
    }
}
