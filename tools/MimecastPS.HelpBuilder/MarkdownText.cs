using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MimecastPS.HelpBuilder;

/// <summary>
/// Markdown as Get-Help shows it: plain text. Markup that only formats (emphasis, code spans, links, escapes) gives its
/// text; a soft line break is a space, so a paragraph may be wrapped in the source however the author likes.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static MarkdownDocument Parse(string path) => Markdown.Parse(File.ReadAllText(path), Pipeline);

    public static string Of(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        if (inlines != null) Append(text, inlines);
        return text.ToString().Trim();
    }

    /// <summary>The text of one block as paragraphs: a paragraph, each item of a list, or a code block's lines as one.</summary>
    public static IEnumerable<string> Paragraphs(Block block, string file)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                yield return Of(paragraph.Inline);
                break;
            case ListBlock list:
                int number = int.TryParse(list.OrderedStart, out int start) ? start : 1;
                foreach (ListItemBlock item in list.OfType<ListItemBlock>())
                {
                    string marker = list.IsOrdered ? number++ + ". " : "- ";
                    yield return marker + string.Join(" ", item.SelectMany(child => Paragraphs(child, file)));
                }
                break;
            case CodeBlock code:
                yield return CodeOf(code);
                break;
            default:
                throw new HelpSourceException(file, block.Line, "this kind of markdown block (" + block.GetType().Name + ") has no place here");
        }
    }

    public static string CodeOf(CodeBlock code)
        => string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(line => line.Slice.ToString())).TrimEnd();

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? "\n" : " ");
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (Inline child in container) Append(text, child);
                break;
        }
    }
}
