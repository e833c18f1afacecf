using System.Text;

namespace MimecastPS.HelpBuilder;

/// <summary>Writes generated help whole or not at all, so that a test reading it never sees half a file.</summary>
internal static class OutputFile
{
    // UTF-8 with a byte order mark: Windows PowerShell 5.1 takes a file without one for its ANSI code page in many
    // places (scripts, Get-Content), so text beyond ASCII is only safe with it.
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void Write(string path, string content)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, content, Utf8WithBom);
        File.Move(temporary, path, overwrite: true);
    }
}
