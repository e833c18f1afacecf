namespace MimecastPS.Benchmarks;

/// <summary>
/// Import-Module time in a fresh runspace: the runspace is created and opened off the clock, only the
/// import is timed. The first import in the process also loads and JITs the module's assemblies; the
/// later ones find them loaded, as a second `pwsh` window would not. Both are reported.
/// </summary>
internal static class ImportModuleBenchmark
{
    public static (TimeSpan First, TimeSpan Median, TimeSpan[] All) Run(int times)
    {
        var all = new TimeSpan[times];
        for (int i = 0; i < times; i++)
        {
            using var runspace = new HostedRunspace();
            all[i] = runspace.ImportModule();
        }
        var sorted = all.OrderBy(t => t).ToArray();
        return (all[0], sorted[sorted.Length / 2], all);
    }
}
