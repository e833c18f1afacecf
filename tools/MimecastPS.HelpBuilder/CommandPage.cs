namespace MimecastPS.HelpBuilder;

/// <summary>One cmdlet's help as its markdown page says it, section by section in the platyPS layout.</summary>
public sealed record CommandPage(
    string Name,
    string OnlineVersion,
    string Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<SyntaxBlock> Syntax,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RelatedLink> RelatedLinks)
{
    public string Verb => Name[..Name.IndexOf('-')];

    public string Noun => Name[(Name.IndexOf('-') + 1)..];
}
