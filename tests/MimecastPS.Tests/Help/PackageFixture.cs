using System.Diagnostics;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Help;

/// <summary>
/// Runs `dotnet pack` of packaging/MimecastPS.Package.csproj once per test run, into a temporary folder (never
/// out/), from the module folder the test build already left in out/MimecastPS.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromSeconds(90);

    public PackageFixture()
    {
        OutputDirectory = Directory.CreateTempSubdirectory("mimecastps-pack-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "pack", Path.Combine(RepositoryPaths.Root, "packaging", "MimecastPS.Package.csproj"), "-o", OutputDirectory, "--nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var pack = Process.Start(start)!;
        var output = pack.StandardOutput.ReadToEndAsync();
        var error = pack.StandardError.ReadToEndAsync();
        if (!pack.WaitForExit(PackTimeout))
        {
            pack.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet pack took longer than " + PackTimeout);
        }
        PackOutput = output.Result + error.Result;
        ExitCode = pack.ExitCode;
    }

    public string OutputDirectory { get; }

    public int ExitCode { get; }

    public string PackOutput { get; }

    public IReadOnlyList<string> Packages => Directory.GetFiles(OutputDirectory, "*.nupkg");

    public void Dispose() => Directory.Delete(OutputDirectory, recursive: true);
}
