using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.RegularExpressions;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// A runspace with the module imported from out/MimecastPS, like ModuleRunspace, but attached to a
/// TextCaptureHost so that a script's output can be read as the text PowerShell would print.
/// </summary>
public sealed class RenderingRunspace : IDisposable
{
    private static readonly Regex AnsiEscape = new("\u001b\\[[0-9;]*m", RegexOptions.Compiled);

    private readonly TextCaptureHost _host = new();
    private readonly Runspace _runspace;

    public RenderingRunspace()
    {
        _runspace = RunspaceFactory.CreateRunspace(_host, InitialSessionState.CreateDefault2());
        _runspace.Open();
        Invoke("Import-Module '" + RepositoryPaths.ModuleManifest.Replace("'", "''") + "' -ErrorAction Stop");
    }

    /// <summary>Runs the script through Out-Default and returns what the host printed, with line ends as \n.</summary>
    public string Render(string script)
    {
        int start = _host.Text.Length;
        Invoke("& {\n" + script + "\n} | Out-Default");
        // Table headers come wrapped in ANSI colour codes whatever $PSStyle.OutputRendering says to this host: drop them.
        return AnsiEscape.Replace(_host.Text.Substring(start), string.Empty);
    }

    private void Invoke(string script)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        shell.Invoke();
        if (shell.HadErrors)
        {
            throw new InvalidOperationException("'" + script + "' failed: " + string.Join("; ", shell.Streams.Error));
        }
    }

    public void Dispose() => _runspace.Dispose();
}
