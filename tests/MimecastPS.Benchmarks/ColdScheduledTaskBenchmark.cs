using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MimecastPS.Benchmarks;

/// <summary>
/// What a scheduled task's owner sees: a cold `dotnet pwsh -NonInteractive -NoProfile -File` process that imports
/// the module, connects, and pipes a real CSV file through Import-Csv into New-MimecastUser against the sandbox.
/// The script stamps the clock after each step; this process stamps it before starting the child, so the
/// split needs no cooperation from the process-start code it measures.
/// </summary>
internal static class ColdScheduledTaskBenchmark
{
    public static ColdRunResult Run(int rows, int latencyMs)
    {
        using var sandbox = SandboxProcess.Start(["--latency-ms", latencyMs.ToString(CultureInfo.InvariantCulture)]);
        var folder = Directory.CreateTempSubdirectory("mimecastps-cold-");
        try
        {
            string csv = Path.Combine(folder.FullName, "users.csv");
            var lines = new StringBuilder("EmailAddress,Name,ForcePasswordChange\r\n");
            for (int i = 0; i < rows; i++)
            {
                lines.Append(CultureInfo.InvariantCulture, $"cold{i:D5}@example.com,Cold {i},yes\r\n");
            }
            File.WriteAllText(csv, lines.ToString());

            string script = Path.Combine(folder.FullName, "task.ps1");
            File.WriteAllText(script, $$"""
                $begun = [DateTime]::UtcNow.Ticks
                Import-Module '{{RepositoryPaths.ModuleManifest.Replace("'", "''")}}'
                $imported = [DateTime]::UtcNow.Ticks
                Connect-Mimecast -BaseUri '{{sandbox.BaseUri}}' -ClientId sandbox-client-id -ClientSecret sandbox-client-secret
                $connected = [DateTime]::UtcNow.Ticks
                $created = @(Import-Csv '{{csv}}' | New-MimecastUser).Count
                $done = [DateTime]::UtcNow.Ticks
                "$begun $imported $connected $done $created"
                """);

            // The repository folder is the working directory, so that dotnet finds the tool manifest's pwsh.
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "pwsh", "-NonInteractive", "-NoProfile", "-File", script })
            {
                start.ArgumentList.Add(argument);
            }
            long launched = DateTime.UtcNow.Ticks;
            var wall = Stopwatch.StartNew();
            using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var errors = child.StandardError.ReadToEndAsync();
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            wall.Stop();

            string[] stamps = output.Trim().Split('\n').Last().Split(' ');
            if (child.ExitCode != 0 || stamps.Length != 5)
            {
                throw new InvalidOperationException($"The cold run failed (exit {child.ExitCode}): {output} {errors.Result}");
            }
            long[] ticks = stamps.Take(4).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            return new ColdRunResult(
                rows,
                latencyMs,
                Start: TimeSpan.FromTicks(ticks[0] - launched),
                Import: TimeSpan.FromTicks(ticks[1] - ticks[0]),
                Connect: TimeSpan.FromTicks(ticks[2] - ticks[1]),
                Pipeline: TimeSpan.FromTicks(ticks[3] - ticks[2]),
                Wall: wall.Elapsed,
                Created: int.Parse(stamps[4], CultureInfo.InvariantCulture));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
