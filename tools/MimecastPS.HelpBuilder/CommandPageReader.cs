using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MimecastPS.HelpBuilder;

/// <summary>
/// Reads a cmdlet's markdown page in the platyPS layout and checks it: the sections in their order, a SYNTAX block
/// per parameter set that agrees with the PARAMETERS yaml, and front matter that names the help file and the page.
/// </summary>
public static class CommandPageReader
{
    private static readonly string[] Sections =
        ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];

    private static readonly string[] FrontMatterKeys = ["external help file", "Module Name", "online version", "schema"];

    private const string TypeKey = "Type", SetsKey = "Parameter Sets", AliasesKey = "Aliases", RequiredKey = "Required",
        PositionKey = "Position", DefaultKey = "Default value", PipelineKey = "Accept pipeline input", WildcardKey = "Accept wildcard characters";

    private static readonly string[] ParameterKeys = [TypeKey, SetsKey, AliasesKey, RequiredKey, PositionKey, DefaultKey, PipelineKey, WildcardKey];

    private const string AllSets = "(All)", DefaultSetMark = " (Default)", CommonParametersHeading = "CommonParameters";

    public static CommandPage Read(string file)
    {
        MarkdownDocument document = MarkdownText.Parse(file);
        string name = Path.GetFileNameWithoutExtension(file);
        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new HelpSourceException(file, 0, "the page starts with front matter (---, external help file:, Module Name:, online version:, schema:, ---)");
        var meta = KeyValueBlock.Parse(frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.Slice.ToString()), file, frontMatter.Line + 1, FrontMatterKeys);

        var title = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title == null || MarkdownText.Of(title.Inline) != name)
            throw new HelpSourceException(file, title?.Line ?? 0, "the page's title is '# " + name + "', the name of its file");

        var sections = SplitSections(document, file);
        string Synopsis()
        {
            var text = sections["SYNOPSIS"].SelectMany(s => s.Blocks).SelectMany(b => MarkdownText.Paragraphs(b, file)).ToList();
            return text.Count == 1 ? text[0] : throw new HelpSourceException(file, sections["SYNOPSIS"][0].Line, "the synopsis is one paragraph");
        }

        var parameters = sections["PARAMETERS"].Where(s => s.Heading != CommonParametersHeading).Select(s => ReadParameter(s, file)).ToList();
        var syntax = sections["SYNTAX"].Select(s => ReadSyntax(s, name, file, sections["SYNTAX"].Count)).ToList();
        var page = new CommandPage(
            name,
            meta["online version"],
            Synopsis(),
            ParagraphsOf(sections["DESCRIPTION"], file),
            syntax,
            sections["EXAMPLES"].Select(s => ReadExample(s, file)).ToList(),
            parameters,
            sections["INPUTS"].Select(s => ReadType(s, file)).ToList(),
            sections["OUTPUTS"].Select(s => ReadType(s, file)).ToList(),
            ParagraphsOf(sections["NOTES"], file),
            sections["RELATED LINKS"].SelectMany(s => s.Blocks).SelectMany(LinksIn)
                .Select(link => new RelatedLink(MarkdownText.Of(link), IsWebAddress(link.Url) ? link.Url! : "")).ToList());
        CheckSyntaxAgreesWithParameters(page, file, sections["SYNTAX"]);
        return page;
    }

    /// <summary>The blocks under each "## SECTION", grouped by their "### heading" (null for blocks before the first).</summary>
    private static Dictionary<string, List<Subsection>> SplitSections(MarkdownDocument document, string file)
    {
        var sections = new Dictionary<string, List<Subsection>>(StringComparer.Ordinal);
        List<Subsection>? current = null;
        foreach (Block block in document.Where(b => b is not YamlFrontMatterBlock))
        {
            if (block is HeadingBlock { Level: 1 }) continue;
            if (block is HeadingBlock { Level: 2 } section)
            {
                string heading = MarkdownText.Of(section.Inline);
                string expected = sections.Count < Sections.Length ? Sections[sections.Count] : "nothing after RELATED LINKS";
                if (heading != expected)
                    throw new HelpSourceException(file, block.Line, "found '## " + heading + "' where the layout has '## " + expected + "'");
                current = [new Subsection(null, block.Line, [])];
                sections[heading] = current;
            }
            else if (current == null)
            {
                throw new HelpSourceException(file, block.Line, "text before '## SYNOPSIS'");
            }
            else if (block is HeadingBlock { Level: 3 } subsection)
            {
                current.Add(new Subsection(MarkdownText.Of(subsection.Inline), block.Line, []));
            }
            else
            {
                current[^1].Blocks.Add(block);
            }
        }
        foreach (string missing in Sections.Where(s => !sections.ContainsKey(s)))
        {
            throw new HelpSourceException(file, 0, "the page has no '## " + missing + "' section");
        }
        // Blocks straight under a heading that has subsections belong to no subsection: only SYNTAX (one set) and
        // the sections without subsections use them.
        foreach (var (heading, parts) in sections)
        {
            if (parts.Count > 1 && parts[0].Blocks.Count > 0)
                throw new HelpSourceException(file, parts[0].Blocks[0].Line, "text between '## " + heading + "' and its first '###' heading");
            if (parts.Count > 1) parts.RemoveAt(0);
        }
        return sections;
    }

    private static List<string> ParagraphsOf(List<Subsection> section, string file)
    {
        if (section.Count > 1 || section[0].Heading != null)
            throw new HelpSourceException(file, section[0].Line, "this section has paragraphs, not '###' headings");
        return section[0].Blocks.SelectMany(b => MarkdownText.Paragraphs(b, file)).ToList();
    }

    private static SyntaxBlock ReadSyntax(Subsection part, string command, string file, int blockCount)
    {
        var fences = part.Blocks.OfType<FencedCodeBlock>().ToList();
        if (fences.Count != 1 || part.Blocks.Count != 1)
            throw new HelpSourceException(file, part.Line, "each syntax heading has exactly one fenced block and nothing else");
        if (part.Heading == null && blockCount > 1)
            throw new HelpSourceException(file, part.Line, "with several parameter sets, each syntax block has a '### SetName' heading");
        var parameters = SyntaxBlock.ParseParameters(MarkdownText.CodeOf(fences[0]), command, out string? problem);
        if (problem != null) throw new HelpSourceException(file, fences[0].Line, problem);
        string? set = part.Heading;
        bool isDefault = set != null && set.EndsWith(DefaultSetMark, StringComparison.Ordinal);
        if (isDefault) set = set![..^DefaultSetMark.Length];
        return new SyntaxBlock(set, isDefault, parameters);
    }

    private static ExampleHelp ReadExample(Subsection part, string file)
    {
        if (part.Heading == null) throw new HelpSourceException(file, part.Line, "each example has a '### Example N: title' heading");
        if (part.Blocks.FirstOrDefault() is not FencedCodeBlock code || part.Blocks.Skip(1).Any(b => b is CodeBlock))
            throw new HelpSourceException(file, part.Line, "an example is one fenced code block followed by the paragraphs that explain it");
        return new ExampleHelp(part.Heading, MarkdownText.CodeOf(code), part.Blocks.Skip(1).SelectMany(b => MarkdownText.Paragraphs(b, file)).ToList());
    }

    private static TypeHelp ReadType(Subsection part, string file)
    {
        if (part.Heading == null) throw new HelpSourceException(file, part.Line, "each input or output is a '### Type.Name' heading with a paragraph");
        return new TypeHelp(part.Heading, part.Blocks.SelectMany(b => MarkdownText.Paragraphs(b, file)).ToList());
    }

    private static ParameterHelp ReadParameter(Subsection part, string file)
    {
        if (part.Heading == null || !part.Heading.StartsWith('-'))
            throw new HelpSourceException(file, part.Line, "each parameter is a '### -Name' heading");
        string name = part.Heading[1..];
        var yaml = part.Blocks.OfType<FencedCodeBlock>().Where(f => f.Info == "yaml").ToList();
        if (yaml.Count == 0) throw new HelpSourceException(file, part.Line, "-" + name + " has no ```yaml block");
        var blocks = yaml.Select(f => KeyValueBlock.Parse(f.Lines.Lines.Take(f.Lines.Count).Select(l => l.Slice.ToString()), file, f.Line + 1, ParameterKeys)).ToList();
        // What may differ between the yaml blocks of one parameter is the set, requiredness and position; the rest is the parameter's own.
        foreach (string key in new[] { TypeKey, AliasesKey, DefaultKey, PipelineKey, WildcardKey }.Where(k => blocks.Any(b => b[k] != blocks[0][k])))
        {
            throw new HelpSourceException(file, part.Line, "-" + name + " has yaml blocks that disagree on " + key);
        }
        var first = blocks[0];
        var usages = blocks.Select(b => new ParameterUsage(
            b[SetsKey] == AllSets ? [] : b[SetsKey].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Boolean(b[RequiredKey], file, part.Line),
            Position(b[PositionKey], file, part.Line))).ToList();
        return new ParameterHelp(
            name,
            part.Blocks.Where(b => b is not FencedCodeBlock).SelectMany(b => MarkdownText.Paragraphs(b, file)).ToList(),
            first[TypeKey],
            first[AliasesKey].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            first[DefaultKey],
            first[PipelineKey],
            Boolean(first[WildcardKey], file, part.Line),
            usages);
    }

    /// <summary>
    /// The SYNTAX blocks are written for readers and the yaml for Get-Help; the build refuses a page where they differ,
    /// so the syntax the tests hold against the cmdlet is also what the MAML says.
    /// </summary>
    private static void CheckSyntaxAgreesWithParameters(CommandPage page, string file, List<Subsection> syntaxSections)
    {
        var documented = page.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var setNames = page.Syntax.Select(b => b.ParameterSet ?? SyntaxBlock.AllParameterSets).ToList();
        for (int i = 0; i < page.Syntax.Count; i++)
        {
            int line = syntaxSections[i].Line;
            string set = setNames[i];
            foreach (SyntaxParameter shown in page.Syntax[i].Parameters)
            {
                string where = "syntax (" + set + ") -" + shown.Name;
                if (!documented.TryGetValue(shown.Name, out ParameterHelp? parameter))
                    throw new HelpSourceException(file, line, where + " has no '### -" + shown.Name + "' under PARAMETERS");
                ParameterUsage usage = parameter.UsageIn(set)
                    ?? throw new HelpSourceException(file, line, where + ": its yaml's Parameter Sets do not include " + set);
                if (usage.Required != shown.IsMandatory)
                    throw new HelpSourceException(file, line, where + ": the yaml says Required: " + usage.Required);
                if (usage.IsPositional != shown.IsPositional)
                    throw new HelpSourceException(file, line, where + ": the yaml says Position: " + usage.Position);
                string? expectedValue = parameter.IsSwitch ? null : parameter.ShortTypeName;
                if (shown.ValueType != expectedValue)
                    throw new HelpSourceException(file, line, where + ": the yaml's Type is " + parameter.TypeName + ", so the syntax shows " + (expectedValue == null ? "no <value>" : "<" + expectedValue + ">"));
            }
            foreach (ParameterHelp missing in page.Parameters.Where(p => p.UsageIn(set) != null && page.Syntax[i].Parameters.All(s => s.Name != p.Name)))
            {
                throw new HelpSourceException(file, line, "-" + missing.Name + " is in set " + set + " by its yaml, but not in that syntax block");
            }
        }
        foreach (ParameterHelp parameter in page.Parameters)
        {
            foreach (string set in parameter.Usages.SelectMany(u => u.ParameterSets).Where(s => !setNames.Contains(s)))
            {
                throw new HelpSourceException(file, 0, "-" + parameter.Name + " names parameter set " + set + ", which has no syntax block");
            }
        }
    }

    private static IEnumerable<LinkInline> LinksIn(Block block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Inline?.Descendants<LinkInline>() ?? [],
        ContainerBlock container => container.SelectMany(LinksIn),
        _ => [],
    };

    /// <summary>"named" or the position number, as the MAML writes it.</summary>
    private static string Position(string value, string file, int line)
    {
        if (value.Equals(ParameterHelp.Named, StringComparison.OrdinalIgnoreCase)) return ParameterHelp.Named;
        return int.TryParse(value, out int position) && position >= 0
            ? position.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : throw new HelpSourceException(file, line, "Position: '" + value + "' is not Named or a number");
    }

    private static bool Boolean(string value, string file, int line)
        => bool.TryParse(value, out bool result) ? result : throw new HelpSourceException(file, line, "'" + value + "' is not True or False");

    private static bool IsWebAddress(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A "### heading" and the blocks under it.</summary>
    private sealed record Subsection(string? Heading, int Line, List<Block> Blocks);
}
