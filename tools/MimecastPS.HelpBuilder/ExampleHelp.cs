namespace MimecastPS.HelpBuilder;

/// <summary>An example: its title (without "### "), its PowerShell code and the paragraphs that explain it.</summary>
public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);
