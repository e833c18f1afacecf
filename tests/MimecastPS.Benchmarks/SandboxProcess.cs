using System.Diagnostics;

namespace MimecastPS.Benchmarks;

/// <summary>
/// The sandbox server in a child process, so that this process's CPU time and memory are the client's
/// alone: PowerShell, the module, HttpClient. Stopped by killing the one process it started.
/// </summary>
internal sealed class SandboxProcess : IDisposable
{
    private const string ListeningPrefix = "Sandbox listening on ";
    private readonly Process _process;
    private readonly Task _drainOutput;
    private readonly Task<string> _drainErrors;

    private SandboxProcess(Process process, Uri baseUri, Task drainOutput, Task<string> drainErrors)
    {
        _process = process;
        BaseUri = baseUri;
        _drainOutput = drainOutput;
        _drainErrors = drainErrors;
    }

    public Uri BaseUri { get; }

    /// <summary>Starts `dotnet MimecastPS.Sandbox.dll --port 0 ...` and waits for its "listening" line.</summary>
    public static SandboxProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.SandboxDll);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var drainErrors = process.StandardError.ReadToEndAsync();
        var listening = Task.Run(() =>
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) != null)
            {
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    return new Uri(line.Substring(ListeningPrefix.Length).Trim());
                }
            }
            return null;
        });
        if (!listening.Wait(TimeSpan.FromSeconds(30)) || listening.Result == null)
        {
            if (!process.HasExited) process.Kill();
            throw new InvalidOperationException("The sandbox did not report its address: " + (drainErrors.Wait(2000) ? drainErrors.Result : ""));
        }
        // The rest of its output must still be read, or a full pipe would stall the server.
        var drainOutput = Task.Run(() => process.StandardOutput.ReadToEnd());
        return new SandboxProcess(process, listening.Result, drainOutput, drainErrors);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.WaitForExit(10_000);
        _drainOutput.Wait(2000);
        _drainErrors.Wait(2000);
        _process.Dispose();
    }
}
