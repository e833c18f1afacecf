using System.Text;
using Markdig.Syntax;

namespace MimecastPS.HelpBuilder;

/// <summary>
/// Turns about_Topic.md into the plain text Get-Help shows for an about topic: "# about_Topic" is the TOPIC, each
/// "## HEADING" starts a section at the margin, paragraphs and list items are wrapped to 80 columns and indented by 4,
/// and code blocks are kept line for line, indented by 8. A hard line break (a backslash at the end of a line) keeps
/// the next text on its own line, as in SEE ALSO.
/// </summary>
public static class AboutTopicWriter
{
    private const int Width = 80, TextIndent = 4, CodeIndent = 8;

    public static bool IsAboutTopic(string file) => Path.GetFileName(file).StartsWith("about_", StringComparison.OrdinalIgnoreCase);

    public static string Write(string file)
    {
        MarkdownDocument document = MarkdownText.Parse(file);
        string topic = Path.GetFileNameWithoutExtension(file);
        var text = new StringBuilder();
        bool firstInSection = true;
        foreach (Block block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } title:
                    if (MarkdownText.Of(title.Inline) != topic)
                        throw new HelpSourceException(file, block.Line, "the topic's title is '# " + topic + "', the name of its file");
                    text.Append("TOPIC\n").Append(' ', TextIndent).Append(topic).Append('\n');
                    firstInSection = false;
                    break;
                case HeadingBlock { Level: 2 } heading:
                    text.Append('\n').Append(MarkdownText.Of(heading.Inline).ToUpperInvariant()).Append('\n');
                    firstInSection = true;
                    break;
                case CodeBlock code:
                    Separate(text, ref firstInSection);
                    foreach (string line in MarkdownText.CodeOf(code).Split('\n'))
                    {
                        if (line.Length > 0) text.Append(' ', CodeIndent).Append(line);
                        text.Append('\n');
                    }
                    break;
                case ParagraphBlock or ListBlock:
                    Separate(text, ref firstInSection);
                    foreach (string paragraph in MarkdownText.Paragraphs(block, file))
                    {
                        // A list item's continuation lines line up with its text, after the "- ".
                        int hanging = paragraph.StartsWith("- ", StringComparison.Ordinal) ? 2 : 0;
                        foreach (string line in paragraph.Split('\n')) Wrap(text, line.Trim(), hanging);
                    }
                    break;
                default:
                    throw new HelpSourceException(file, block.Line, "an about topic has headings, paragraphs, lists and code blocks only");
            }
        }
        if (text.Length == 0 || !text.ToString().StartsWith("TOPIC", StringComparison.Ordinal))
            throw new HelpSourceException(file, 0, "an about topic starts with '# " + topic + "'");
        return text.ToString();
    }

    /// <summary>A blank line between the blocks of a section, none between a heading and its first block.</summary>
    private static void Separate(StringBuilder text, ref bool firstInSection)
    {
        if (!firstInSection) text.Append('\n');
        firstInSection = false;
    }

    private static void Wrap(StringBuilder text, string paragraph, int hanging)
    {
        int column = 0;
        bool firstLine = true;
        foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column > 0 && column + 1 + word.Length > Width)
            {
                text.Append('\n');
                column = 0;
                firstLine = false;
            }
            if (column == 0)
            {
                int indent = firstLine ? TextIndent : TextIndent + hanging;
                text.Append(' ', indent).Append(word);
                column = indent + word.Length;
            }
            else
            {
                text.Append(' ').Append(word);
                column += 1 + word.Length;
            }
        }
        text.Append('\n');
    }
}
