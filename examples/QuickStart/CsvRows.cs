using System.Management.Automation;
using System.Text;

namespace MimecastPS.QuickStart;

/// <summary>
/// What Import-Csv gives: one PSCustomObject per line, every value a string, an empty cell as "".
/// The engine hosted here has no Microsoft.PowerShell.Utility, so the quick start brings this stand-in.
/// </summary>
public static class CsvRows
{
    public static PSObject[] Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        string[] header = Split(lines[0]);
        return lines.Skip(1).Select(line =>
        {
            string[] cells = Split(line);
            var row = new PSObject();
            for (int i = 0; i < header.Length; i++)
            {
                row.Properties.Add(new PSNoteProperty(header[i], i < cells.Length ? cells[i] : ""));
            }
            return row;
        }).ToArray();
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
