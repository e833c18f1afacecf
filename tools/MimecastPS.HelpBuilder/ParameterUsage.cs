namespace MimecastPS.HelpBuilder;

/// <summary>
/// One yaml block of a parameter: in which parameter sets (empty: all of them) it is required or not, and at which
/// position ("named" or a number). A parameter that is mandatory in one set and optional in another has two.
/// </summary>
public sealed record ParameterUsage(IReadOnlyList<string> ParameterSets, bool Required, string Position)
{
    public bool AppliesTo(string parameterSet) => ParameterSets.Count == 0 || ParameterSets.Contains(parameterSet);

    public bool IsPositional => Position != ParameterHelp.Named;
}
