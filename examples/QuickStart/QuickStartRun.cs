using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MimecastPS.QuickStart;

/// <summary>Runs examples/quickstart.ps1 in a PowerShell engine hosted in this process.</summary>
public static class QuickStartRun
{
    /// <summary>The lines the quick start printed: one per created user, one per failed row.</summary>
    public static IReadOnlyList<string> Run(string examplesFolder, Uri sandboxBaseUri)
    {
        var state = InitialSessionState.CreateDefault2();
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript("""
            if (-not (Get-Command Import-Csv -ErrorAction SilentlyContinue)) {
                function Import-Csv([string] $Path) { [MimecastPS.QuickStart.CsvRows]::Read($Path) }
            }
            """).Invoke();
        shell.Commands.Clear();
        shell.AddCommand(Path.Combine(examplesFolder, "quickstart.ps1")).AddParameter("BaseUri", sandboxBaseUri.ToString());
        var lines = shell.Invoke().Select(Describe).ToList();
        lines.AddRange(shell.Streams.Error.Select(e => "ERROR " + e));
        return lines;
    }

    private static string Describe(PSObject item) => item.BaseObject is string text
        ? text
        : "CREATED " + item.Properties["EmailAddress"]?.Value + " (" + item.Properties["Name"]?.Value + ", id " + item.Properties["Id"]?.Value + ")";
}
