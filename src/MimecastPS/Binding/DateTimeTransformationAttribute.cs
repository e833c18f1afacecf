using System;
using System.Globalization;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Accepts a DateTime or an ISO 8601 string ("2024-01-31", "2024-01-31T09:00:00Z", "2024-01-31T10:00:00+01:00").
    /// Culture-free on purpose: "03/04/2024" means different days in different countries and is refused.
    /// An empty cell is "not given".
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class DateTimeTransformationAttribute : CellTransformationAttribute
    {
        private static readonly string[] IsoFormats =
        {
            "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
            "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:sszzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssz",
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss'+0000'",
        };

        private protected override object? Convert(object value)
        {
            switch (value)
            {
                case DateTime dateTime:
                    return dateTime;
                case DateTimeOffset offset:
                    return offset.UtcDateTime;
                case string text when TryParse(text.Trim(), out DateTime parsed):
                    return parsed;
            }
            return BadCells.Record(value!, "'" + value + "' is not an ISO 8601 date such as 2024-01-31 or 2024-01-31T09:00:00Z.");
        }

        internal static bool TryParse(string text, out DateTime result)
        {
            // "+0000" (Mimecast's own form) is not a zone .NET parses: make it "+00:00".
            if (text.Length > 5 && (text[text.Length - 5] == '+' || text[text.Length - 5] == '-') && char.IsDigit(text[text.Length - 1]) && text.IndexOf(':', text.Length - 5) < 0 && text.IndexOf('T') > 0)
            {
                text = text.Substring(0, text.Length - 2) + ":" + text.Substring(text.Length - 2);
            }
            return DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal | DateTimeStyles.AdjustToUniversal, out result);
        }
    }
}
