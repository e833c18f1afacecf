using System.Xml.Linq;

namespace MimecastPS.Tests.Help;

/// <summary>The MAML the build made from docs/en-US, read as XML so tests can compare what it claims with the real cmdlets.</summary>
public static class MamlDocument
{
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static string BuiltPath => Path.Combine(HelpPaths.Built, "MimecastPS.dll-Help.xml");

    public static XDocument Load() => XDocument.Load(BuiltPath);

    public static IEnumerable<XElement> Commands(XDocument document) => document.Root!.Elements(Command + "command");

    public static string NameOf(XElement command) => command.Element(Command + "details")!.Element(Command + "name")!.Value.Trim();

    public static string NameOfParameter(XElement parameter) => parameter.Element(Maml + "name")!.Value.Trim();
}
