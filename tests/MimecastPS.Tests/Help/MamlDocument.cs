using System.Xml.Linq;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>The repository's MAML file, read as XML so tests can compare what it claims with the real cmdlets.</summary>
public static class MamlDocument
{
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static string SourcePath => Path.Combine(RepositoryPaths.Root, "en-US", "MimecastPS.dll-Help.xml");

    public static XDocument Load() => XDocument.Load(SourcePath);

    public static IEnumerable<XElement> Commands(XDocument document) => document.Root!.Elements(Command + "command");

    public static string NameOf(XElement command) => command.Element(Command + "details")!.Element(Command + "name")!.Value.Trim();

    public static string NameOfParameter(XElement parameter) => parameter.Element(Maml + "name")!.Value.Trim();
}
