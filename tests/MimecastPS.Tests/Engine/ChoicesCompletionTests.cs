using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Engine;

/// <summary>Tab completion offers a parameter's declared choices, and the same list is what the per-row check accepts.</summary>
public sealed class ChoicesCompletionTests
{
    [Theory]
    [InlineData("New-MimecastAccount -AdminRole f", "full_admin")]
    [InlineData("MimecastPS\\New-MimecastAccount -MailPlatform ", "office_365,on_premises,hosted_exchange")]
    public void Tab_completes_the_declared_choices(string line, string expected)
    {
        using var ps = new ModuleRunspace();
        var result = ps.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText", new Dictionary<string, object?> { ["line"] = line });
        Assert.Equal(expected.Split(','), result.Output.Select(o => (string)o.BaseObject));
    }
}
