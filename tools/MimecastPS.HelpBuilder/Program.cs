namespace MimecastPS.HelpBuilder;

/// <summary>
/// dotnet MimecastPS.HelpBuilder.dll &lt;docs folder&gt; &lt;output folder&gt;: every cmdlet page in the docs folder
/// becomes one command in MimecastPS.dll-Help.xml, and every about_*.md becomes about_*.help.txt.
/// </summary>
internal static class Program
{
    private const string MamlFileName = "MimecastPS.dll-Help.xml";

    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: MimecastPS.HelpBuilder <docs folder> <output folder>");
            return 2;
        }
        string source = args[0], output = args[1];
        try
        {
            var markdown = Directory.GetFiles(source, "*.md").Order(StringComparer.Ordinal).ToList();
            var pages = markdown.Where(f => !AboutTopicWriter.IsAboutTopic(f)).Select(CommandPageReader.Read).ToList();
            if (pages.Count == 0) throw new HelpSourceException(source, 0, "no cmdlet pages (Verb-Noun.md) found");
            Directory.CreateDirectory(output);
            OutputFile.Write(Path.Combine(output, MamlFileName), MamlWriter.Write(pages));
            foreach (string about in markdown.Where(AboutTopicWriter.IsAboutTopic))
            {
                OutputFile.Write(Path.Combine(output, Path.GetFileNameWithoutExtension(about) + ".help.txt"), AboutTopicWriter.Write(about));
            }
            return 0;
        }
        catch (HelpSourceException e)
        {
            // The canonical "file(line): error CODE: text" form, so MSBuild lists it as a build error at that line.
            Console.Error.WriteLine(e.File + "(" + (e.Line + 1) + "): error MCHELP: " + e.Message);
            return 1;
        }
    }
}
