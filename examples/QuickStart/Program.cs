using MimecastPS.Sandbox;

namespace MimecastPS.QuickStart;

/// <summary>Starts the bundled sandbox, then runs the quick start against it, as a newcomer would with a tenant.</summary>
public static class QuickStartProgram
{
    public static async Task Main()
    {
        string examples = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../.."));
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Latency = TimeSpan.FromMilliseconds(50) });
        Console.WriteLine("Sandbox at " + sandbox.BaseUri + "; running " + Path.Combine(examples, "quickstart.ps1"));
        foreach (string line in QuickStartRun.Run(examples, sandbox.BaseUri))
        {
            Console.WriteLine(line);
        }
        Console.WriteLine(sandbox.Directory.Users.Count + " users now in the sandbox directory, " + sandbox.Received.Count + " requests received.");
    }
}
