using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MimecastPS.Tests.Module;

/// <summary>
/// A real PowerShell 7.6 runspace that imports out/MimecastPS/MimecastPS.psd1 exactly as a user does.
/// One per test: sessions and defaults never leak between tests.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        var import = Run("Import-Module '" + RepositoryPaths.ModuleManifest.Replace("'", "''") + "' -ErrorAction Stop");
        if (import.Terminating != null || import.Errors.Count > 0)
        {
            throw new InvalidOperationException("Import-Module failed: " + (import.Terminating?.Message ?? import.Errors[0].ToString()));
        }
    }

    /// <summary>Runs a script with the given variables set; a terminating error is captured, not thrown.</summary>
    public PowerShellResult Run(string script, IDictionary<string, object?>? variables = null) => RunWithin(script, Timeout.InfiniteTimeSpan, variables);

    /// <summary>
    /// Runs a script that must end by itself within <paramref name="limit"/>: one still running then is stopped, as
    /// Ctrl+C would, and its result says so (<see cref="PowerShellResult.TimedOut"/>), so a hang fails a test instead of
    /// hanging the suite.
    /// </summary>
    public PowerShellResult RunWithin(string script, TimeSpan limit, IDictionary<string, object?>? variables = null)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        if (variables != null)
        {
            foreach (var (name, value) in variables)
            {
                _runspace.SessionStateProxy.SetVariable(name, value);
            }
        }
        shell.AddScript(script);
        Exception? terminating = null;
        var output = new PSDataCollection<PSObject>();
        var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
        bool timedOut = !running.AsyncWaitHandle.WaitOne(limit);
        if (timedOut)
        {
            shell.Stop();
        }
        try
        {
            shell.EndInvoke(running);
        }
        catch (RuntimeException e)
        {
            terminating = e;
        }
        return new PowerShellResult
        {
            Output = new System.Collections.ObjectModel.Collection<PSObject>(output.ToList()),
            Errors = shell.Streams.Error.ToList(),
            Verbose = shell.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = shell.Streams.Debug.Select(d => d.Message).ToList(),
            Warnings = shell.Streams.Warning.Select(w => w.Message).ToList(),
            Progress = shell.Streams.Progress.ToList(),
            Terminating = terminating,
            TimedOut = timedOut,
        };
    }

    /// <summary>Starts a script, stops it as Ctrl+C would once <paramref name="stopWhen"/> holds, and times the stop.</summary>
    public TimeSpan RunAndStop(string script, Func<bool> stopWhen)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        var running = shell.BeginInvoke();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!stopWhen() && !running.IsCompleted && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        shell.Stop();
        return clock.Elapsed;
    }

    public void Dispose() => _runspace.Dispose();
}
