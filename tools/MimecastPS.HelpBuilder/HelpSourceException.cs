namespace MimecastPS.HelpBuilder;

/// <summary>A help page that does not follow the layout; names the file and the (zero-based) line to fix.</summary>
public sealed class HelpSourceException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
