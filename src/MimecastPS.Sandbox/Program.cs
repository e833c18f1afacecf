using System.Runtime.InteropServices;

namespace MimecastPS.Sandbox;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var commandLine = SandboxCommandLine.Parse(args, out var error);
        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n\n{SandboxCommandLine.Usage}");
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.WriteLine(SandboxCommandLine.Usage);
            return 0;
        }

        var stopped = new TaskCompletionSource();
        void Stop(PosixSignalContext context)
        {
            // Cancel the default termination so that the server shuts down cleanly below.
            context.Cancel = true;
            stopped.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var options = commandLine.Options;
        await using var server = await SandboxServer.StartAsync(options);
        var seedDomain = options.InternalDomains[0];
        for (var i = 1; i <= commandLine.SeedUserCount; i++)
        {
            server.Directory.AddUser($"user{i:D4}@{seedDomain}", $"User {i:D4}");
        }

        Console.WriteLine(StartupBanner.Render(server.BaseUri, options, commandLine.SeedUserCount));
        await stopped.Task;
        Console.WriteLine("Sandbox stopping.");
        return 0;
    }
}
