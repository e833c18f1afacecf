using System.Text.RegularExpressions;

namespace MimecastPS.HelpBuilder;

/// <summary>
/// One fenced block of the SYNTAX section: the parameter set its "### Name" heading names (the cmdlet's only set when
/// the section has a single block without heading), and its parameters in the order written.
/// </summary>
public sealed partial record SyntaxBlock(string? ParameterSet, bool IsDefault, IReadOnlyList<SyntaxParameter> Parameters)
{
    /// <summary>The set name Get-Command gives a cmdlet that declares no parameter set.</summary>
    public const string AllParameterSets = "__AllParameterSets";

    private const string CommonParameters = "[<CommonParameters>]";

    /// <summary>Reads "Verb-Noun -A &lt;String&gt; [-B] [&lt;CommonParameters&gt;]"; sets problem to the reason when it is not that.</summary>
    public static IReadOnlyList<SyntaxParameter> ParseParameters(string text, string commandName, out string? problem)
    {
        var parameters = new List<SyntaxParameter>();
        problem = null;
        string rest = text.Trim();
        if (!rest.StartsWith(commandName + " ", StringComparison.Ordinal))
        {
            problem = "a syntax block starts with the cmdlet's name, " + commandName;
            return parameters;
        }
        rest = rest[commandName.Length..].Trim();
        if (!rest.EndsWith(CommonParameters, StringComparison.Ordinal))
        {
            problem = "a syntax block ends with " + CommonParameters;
            return parameters;
        }
        rest = rest[..^CommonParameters.Length];
        foreach (string token in Tokens().Matches(rest).Select(m => m.Value))
        {
            Match parameter = Parameter().Match(token);
            if (!parameter.Success)
            {
                problem = "'" + token + "' is not one of -Name <Type>, [-Name <Type>], [-Name] <Type>, [[-Name] <Type>], -Switch, [-Switch]";
                return parameters;
            }
            parameters.Add(Describe(parameter));
        }
        return parameters;
    }

    private static SyntaxParameter Describe(Match match)
    {
        string Group(string name) => match.Groups[name].Value;
        if (Group("optpos").Length > 0) return new SyntaxParameter(Group("optpos"), false, true, Group("optposType"));
        if (Group("pos").Length > 0) return new SyntaxParameter(Group("pos"), true, true, Group("posType"));
        if (Group("opt").Length > 0) return new SyntaxParameter(Group("opt"), false, false, Group("optType"));
        if (Group("optSwitch").Length > 0) return new SyntaxParameter(Group("optSwitch"), false, false, null);
        if (Group("mandatoryType").Length > 0) return new SyntaxParameter(Group("mandatory"), true, false, Group("mandatoryType"));
        return new SyntaxParameter(Group("mandatory"), true, false, null);
    }

    /// <summary>Splits at the spaces between parameters, not those inside one: "[-A] &lt;T&gt;" is one token.</summary>
    [GeneratedRegex(@"\[\[-\w+\]\s*<[^>]+>\]|\[-\w+\]\s*<[^>]+>|\[-\w+\s+<[^>]+>\]|\[-\w+\]|-\w+\s+<[^>]+>|-\w+|\S+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^(?:\[\[-(?<optpos>\w+)\]\s*<(?<optposType>[^>]+)>\]|\[-(?<pos>\w+)\]\s*<(?<posType>[^>]+)>|\[-(?<opt>\w+)\s+<(?<optType>[^>]+)>\]|\[-(?<optSwitch>\w+)\]|-(?<mandatory>\w+)(?:\s+<(?<mandatoryType>[^>]+)>)?)$")]
    private static partial Regex Parameter();
}
