namespace MimecastPS.HelpBuilder;

/// <summary>An INPUTS or OUTPUTS entry: the type's full name and what it is.</summary>
public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);
