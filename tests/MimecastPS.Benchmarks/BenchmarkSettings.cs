using System.Globalization;

namespace MimecastPS.Benchmarks;

/// <summary>The harness's command line: --rows 1000,10000,100000 --latency-ms 50 --quick --soak.</summary>
internal sealed class BenchmarkSettings
{
    public IReadOnlyList<int> Rows { get; private set; } = [1_000, 10_000, 100_000];
    public int LatencyMs { get; private set; } = 50;
    public bool Quick { get; private set; }
    public bool Soak { get; private set; }

    /// <summary>Only the soak: it is the on-demand run, minutes long, that CI does not do.</summary>
    public bool SoakOnly { get; private set; }

    /// <summary>Serial rows are slow (one request each, in turn); the rest is extrapolated linearly.</summary>
    public int SerialRows => Quick ? 100 : 1_000;

    /// <summary>Rows and quota of the quota run: chosen so that the run needs several quota windows.</summary>
    public int QuotaRows => Quick ? 2_000 : 10_000;
    public int Quota => Quick ? 5 : 20;

    public int WarmUpRows => Quick ? 1_000 : 5_000;

    public int SoakRows => Quick ? 1_000 : 10_000;

    /// <summary>Only the cold scheduled-task run: seconds long, for checking that figure alone.</summary>
    public bool ColdOnly { get; private set; }

    /// <summary>The cold run's CSV size and sandbox latency: a typical nightly HR file over a nearby network.</summary>
    public int ColdRows => 1_000;
    public int ColdLatencyMs => 20;
    public int ImportRepetitions => 5;

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        bool rowsGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            switch (args[i])
            {
                case "--rows":
                    settings.Rows = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(r => int.Parse(r.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
                    rowsGiven = true;
                    break;
                case "--latency-ms": settings.LatencyMs = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                case "--quick": settings.Quick = true; break;
                case "--soak": settings.Soak = true; break;
                case "--soak-only": settings.Soak = settings.SoakOnly = true; break;
                case "--cold-only": settings.ColdOnly = true; break;
                default: throw new ArgumentException("Unknown option " + args[i] + ". Options: --rows N,N,... --latency-ms N --quick --soak --soak-only --cold-only");
            }
        }
        if (settings.Quick && !rowsGiven)
        {
            settings.Rows = [1_000, 2_000];
        }
        return settings;
    }
}
