namespace MimecastPS.HelpBuilder;

/// <summary>A parameter from the PARAMETERS section: its description and what its yaml blocks say.</summary>
public sealed record ParameterHelp(
    string Name,
    IReadOnlyList<string> Description,
    string TypeName,
    IReadOnlyList<string> Aliases,
    string DefaultValue,
    string PipelineInput,
    bool AcceptsWildcards,
    IReadOnlyList<ParameterUsage> Usages)
{
    public const string Named = "named";

    private const string SwitchTypeName = "System.Management.Automation.SwitchParameter";

    public bool IsSwitch => TypeName == SwitchTypeName;

    private const string NullablePrefix = "System.Nullable`1[";

    /// <summary>
    /// The name the syntax shows: System.Security.SecureString is &lt;SecureString&gt;, System.String[] is &lt;String[]&gt;,
    /// and a nullable value is shown as the value (System.Nullable`1[System.Boolean] is &lt;Boolean&gt;).
    /// </summary>
    public string ShortTypeName => ShortName(TypeName);

    private static string ShortName(string typeName)
        => typeName.StartsWith(NullablePrefix, StringComparison.Ordinal) && typeName.EndsWith(']')
            ? ShortName(typeName[NullablePrefix.Length..^1])
            : typeName[(typeName.LastIndexOf('.') + 1)..];

    public ParameterUsage? UsageIn(string parameterSet) => Usages.FirstOrDefault(u => u.AppliesTo(parameterSet));

    /// <summary>What the PARAMETERS entry of Get-Help shows, for all sets at once: required if any set requires it.</summary>
    public bool RequiredInAnySet => Usages.Any(u => u.Required);
}
