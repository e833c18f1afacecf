using System.Collections.ObjectModel;
using System.Management.Automation;

namespace MimecastPS.Tests.Module;

/// <summary>Everything one script wrote, stream by stream, so tests can assert on each.</summary>
public sealed class PowerShellResult
{
    public required Collection<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<ProgressRecord> Progress { get; init; }

    /// <summary>True when the script did not end within its limit and was stopped.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The terminating error, if the script ended with one.</summary>
    public Exception? Terminating { get; init; }

    /// <summary>All text a user could see: every stream, every error's message, id and target, for leak checks.</summary>
    public string AllText()
    {
        var parts = new List<string>();
        parts.AddRange(Output.Select(o => o?.ToString() ?? ""));
        parts.AddRange(Output.Select(o => string.Join(";", o?.Properties.Select(p => p.Name + "=" + p.Value) ?? [])));
        foreach (var error in Errors)
        {
            parts.Add(error.ToString());
            parts.Add(error.FullyQualifiedErrorId);
            parts.Add(error.Exception.ToString());
            parts.Add(error.ErrorDetails?.Message ?? "");
            parts.Add(error.ErrorDetails?.RecommendedAction ?? "");
        }
        parts.AddRange(Verbose);
        parts.AddRange(Debug);
        parts.AddRange(Warnings);
        parts.AddRange(Progress.Select(p => p.StatusDescription + p.Activity));
        if (Terminating != null) parts.Add(Terminating.ToString());
        return string.Join("\n", parts);
    }
}
