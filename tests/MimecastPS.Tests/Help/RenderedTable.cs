using System.Text.RegularExpressions;

namespace MimecastPS.Tests.Help;

/// <summary>
/// A table as PowerShell printed it, read back: the header labels and each row's cells. A column runs from where its
/// underline starts to where the next one starts, so a value printed under the wrong column does not read as its
/// own, and a shortened value reads with its ellipsis.
/// </summary>
public sealed class RenderedTable
{
    private static readonly Regex Underline = new("^-+( +-+)* *$", RegexOptions.Compiled);

    private RenderedTable(string[] columns, string[][] rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public string[] Columns { get; }

    public string[][] Rows { get; }

    /// <summary>The first table in the text: the line above the first underline line is its header.</summary>
    public static RenderedTable Read(string text)
    {
        string[] lines = text.Replace("\r", string.Empty).Split('\n');
        int underline = Array.FindIndex(lines, line => line.Length > 0 && Underline.IsMatch(line));
        if (underline < 1)
        {
            throw new InvalidOperationException("No table in:\n" + text);
        }

        Match[] segments = Regex.Matches(lines[underline], "-+").ToArray();
        string[] columns = Cells(lines[underline - 1], segments);
        string[][] rows = lines.Skip(underline + 1).TakeWhile(line => line.Trim().Length > 0).Select(line => Cells(line, segments)).ToArray();
        return new RenderedTable(columns, rows);
    }

    private static string[] Cells(string line, Match[] segments)
        => segments.Select((segment, i) =>
        {
            int start = Math.Min(segment.Index, line.Length);
            int end = i + 1 < segments.Length ? Math.Min(segments[i + 1].Index, line.Length) : line.Length;
            return line.Substring(start, end - start).Trim();
        }).ToArray();
}
