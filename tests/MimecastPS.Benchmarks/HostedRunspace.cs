using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MimecastPS.Benchmarks;

/// <summary>A real PowerShell 7.6 runspace, as the tests host it, that imports out/MimecastPS like a user.</summary>
internal sealed class HostedRunspace : IDisposable
{
    private readonly Runspace _runspace;

    public HostedRunspace()
    {
        _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        _runspace.Open();
    }

    /// <summary>Imports the module and returns how long Import-Module alone took.</summary>
    public TimeSpan ImportModule()
    {
        using var shell = NewShell();
        shell.AddScript("Import-Module '" + RepositoryPaths.ModuleManifest.Replace("'", "''") + "' -ErrorAction Stop");
        var stopwatch = Stopwatch.StartNew();
        shell.Invoke();
        stopwatch.Stop();
        ThrowOnErrors(shell, "Import-Module");
        return stopwatch.Elapsed;
    }

    /// <summary>Connect-Mimecast with the sandbox's demo API 1.0 keys.</summary>
    public void Connect(Uri baseUri, string extraParameters = "")
    {
        var demo = new MimecastPS.Sandbox.SandboxOptions();
        Run($"Connect-Mimecast -BaseUri '{baseUri}' -AccessKey '{demo.AccessKey}' -SecretKey '{demo.SecretKey}' -AppId '{demo.AppId}' -AppKey '{demo.AppKey}' {extraParameters}");
    }

    /// <summary>
    /// $rows: what Import-Csv would give for a New-MimecastUser CSV, every value a string and empty
    /// cells "". Built before the clock starts; the measured pipeline only streams them.
    /// </summary>
    public void BuildRows(int count, string passwordMarker)
    {
        _runspace.SessionStateProxy.SetVariable("rowCount", count);
        _runspace.SessionStateProxy.SetVariable("passwordMarker", passwordMarker);
        Run($$"""
            $rows = [System.Collections.Generic.List[object]]::new($rowCount)
            for ($i = 0; $i -lt $rowCount; $i++) {
                $rows.Add([pscustomobject]@{
                    EmailAddress        = '{{RowAddresses.PowerShellFormat}}' -f $i
                    Name                = "Row $i"
                    Password            = "$passwordMarker$i"
                    ForcePasswordChange = $(if ($i % 2) { 'TRUE' } else { '' })
                })
            }
            """);
    }

    /// <summary>
    /// Runs a script whose streams are counted as they arrive and not kept. With a time limit, a pipeline
    /// still running then is stopped (as Ctrl+C would) and false is returned: a hang is reported, not waited out.
    /// </summary>
    public bool RunCounted(string script, StreamTally tally, TimeSpan? limit = null)
    {
        using var shell = NewShell();
        shell.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        tally.Attach(shell, output);
        var input = new PSDataCollection<PSObject>();
        input.Complete();
        IAsyncResult running = shell.BeginInvoke(input, output);
        bool finished = running.AsyncWaitHandle.WaitOne(limit ?? Timeout.InfiniteTimeSpan);
        if (!finished)
        {
            shell.Stop();
        }
        try
        {
            shell.EndInvoke(running);
        }
        catch (PipelineStoppedException) when (!finished)
        {
            // Stopped by the time limit above.
        }
        catch (RuntimeException e)
        {
            throw new InvalidOperationException("The measured pipeline ended with a terminating error: " + e.Message, e);
        }
        return finished;
    }

    public void Run(string script)
    {
        using var shell = NewShell();
        shell.AddScript(script);
        shell.Invoke();
        ThrowOnErrors(shell, script.Split('\n')[0]);
    }

    public void Dispose() => _runspace.Dispose();

    private PowerShell NewShell()
    {
        var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        return shell;
    }

    private static void ThrowOnErrors(PowerShell shell, string what)
    {
        if (shell.HadErrors && shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException(what + " failed: " + shell.Streams.Error[0]);
        }
    }
}
