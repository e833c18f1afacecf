namespace MimecastPS.HelpBuilder;

/// <summary>
/// The "Key: value" lines of the front matter and of a parameter's yaml block. platyPS writes flat yaml only, so no
/// yaml library is needed: each line is a key, a colon and the rest of the line as the value.
/// </summary>
public static class KeyValueBlock
{
    public static Dictionary<string, string> Parse(IEnumerable<string> lines, string file, int firstLine, IReadOnlyCollection<string> allowedKeys)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = firstLine;
        foreach (string line in lines)
        {
            int at = lineNumber++;
            if (line.Trim().Length == 0 || line.Trim() == "---") continue;
            int colon = line.IndexOf(':');
            string key = colon > 0 ? line[..colon].Trim() : "";
            if (!allowedKeys.Contains(key))
                throw new HelpSourceException(file, at, "'" + line.Trim() + "' is not one of " + string.Join(", ", allowedKeys.Select(k => k + ":")));
            if (!values.TryAdd(key, line[(colon + 1)..].Trim()))
                throw new HelpSourceException(file, at, key + " is given twice");
        }
        foreach (string key in allowedKeys.Where(k => !values.ContainsKey(k)))
        {
            throw new HelpSourceException(file, firstLine, "the block has no " + key + ": line");
        }
        return values;
    }
}
