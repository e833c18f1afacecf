using System.Globalization;
using System.Text;

namespace MimecastPS.Benchmarks;

/// <summary>Fixed-width text tables, readable in a terminal and pasted as-is into RESULTS.md.</summary>
internal sealed class ResultTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public ResultTable(params string[] headers) => _headers = headers;

    public void Add(params object[] cells) => _rows.Add(cells.Select(Format).ToArray());

    public override string ToString()
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        Line(_headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in _rows) Line(row);
        return text.ToString();
    }

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString(d >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture),
        TimeSpan t => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        bool b => b ? "yes" : "NO",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };
}
