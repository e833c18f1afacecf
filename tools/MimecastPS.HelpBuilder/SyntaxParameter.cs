namespace MimecastPS.HelpBuilder;

/// <summary>
/// One parameter as a SYNTAX block writes it: -Name &lt;T&gt; (mandatory), [-Name &lt;T&gt;] (optional),
/// [-Name] &lt;T&gt; (mandatory, positional), [[-Name] &lt;T&gt;] (optional, positional), -Switch or [-Switch].
/// ValueType is null for a switch.
/// </summary>
public sealed record SyntaxParameter(string Name, bool IsMandatory, bool IsPositional, string? ValueType);
