using System.Globalization;

namespace MimecastPS.Sandbox;

/// <summary>The standalone server's command line: options that mirror <see cref="SandboxOptions"/>, plus seeding.</summary>
internal sealed class SandboxCommandLine
{
    public const string Usage = """
        Usage: MimecastPS.Sandbox [options]
          --port N                 port on 127.0.0.1 (default 0: any free port)
          --latency-ms N           delay added to every answer
          --seed N                 seed of every random choice (default 1)
          --fault-429 P            probability per request of an injected 429 (0..1)
          --fault-500 P            ... of an injected 500
          --fault-503 P            ... of an injected 503
          --drop-before P          ... of dropping the connection before executing
          --drop-after P           ... of executing, then dropping the connection
          --slow-rate P            ... of answering late (after --slow-ms)
          --slow-ms N              delay of a slow answer (default 5000)
          --omit-outcome P         ... of leaving one item's outcome out of the answer
          --fail-without-key P     ... of writing fail entries without their key
          --quota N                requests per window and identity (default 0: unlimited)
          --quota-window-ms N      length of the quota window (default 1000)
          --max-items N            items per request (default 0: unlimited)
          --oversize truncate|reject   what to do with more items than --max-items
          --token-lifetime-s N     API 2.0 token lifetime (default 1799)
          --binding-expired        API 1.0 callers get 418 err_xdk_binding_expired
          --internal-domains a,b   internal domains (default example.com,contoso.com)
          --users N                seed N users user0001@<first internal domain> ...
          --help                   this text
        """;

    private SandboxCommandLine(SandboxOptions options, int seedUserCount, bool showHelp)
    {
        Options = options;
        SeedUserCount = seedUserCount;
        ShowHelp = showHelp;
    }

    public SandboxOptions Options { get; }
    public int SeedUserCount { get; }
    public bool ShowHelp { get; }

    /// <summary>Null and an error message when an option is unknown, lacks its value or has a bad one.</summary>
    public static SandboxCommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new SandboxOptions();
        var seedUserCount = 0;
        var showHelp = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value");
            try
            {
                switch (name)
                {
                    case "--help" or "-h" or "-?": showHelp = true; break;
                    case "--port": options.Port = Integer(Value(), 0, 65535); break;
                    case "--latency-ms": options.Latency = TimeSpan.FromMilliseconds(Integer(Value(), 0, int.MaxValue)); break;
                    case "--seed": options.Seed = Integer(Value(), int.MinValue, int.MaxValue); break;
                    case "--fault-429": options.Fault429Rate = Probability(Value()); break;
                    case "--fault-500": options.Fault500Rate = Probability(Value()); break;
                    case "--fault-503": options.Fault503Rate = Probability(Value()); break;
                    case "--drop-before": options.DropBeforeExecuteRate = Probability(Value()); break;
                    case "--drop-after": options.DropAfterExecuteRate = Probability(Value()); break;
                    case "--slow-rate": options.SlowAnswerRate = Probability(Value()); break;
                    case "--slow-ms": options.SlowAnswerDelay = TimeSpan.FromMilliseconds(Integer(Value(), 0, int.MaxValue)); break;
                    case "--omit-outcome": options.OmitOutcomeRate = Probability(Value()); break;
                    case "--fail-without-key": options.FailWithoutKeyRate = Probability(Value()); break;
                    case "--quota": options.RateLimitQuota = Integer(Value(), 0, int.MaxValue); break;
                    case "--quota-window-ms": options.RateLimitWindow = TimeSpan.FromMilliseconds(Integer(Value(), 1, int.MaxValue)); break;
                    case "--max-items": options.MaxItemsPerRequest = Integer(Value(), 0, int.MaxValue); break;
                    case "--oversize": options.OversizeBatchBehavior = Oversize(Value()); break;
                    case "--token-lifetime-s": options.TokenLifetime = TimeSpan.FromSeconds(Integer(Value(), 1, int.MaxValue)); break;
                    case "--binding-expired": options.BindingExpired = true; break;
                    case "--internal-domains": options.InternalDomains = Domains(Value()); break;
                    case "--users": seedUserCount = Integer(Value(), 0, 1_000_000); break;
                    default: throw new FormatException($"Unknown option '{name}'");
                }
            }
            catch (FormatException exception)
            {
                error = exception.Message;
                return null;
            }
        }

        error = null;
        return new SandboxCommandLine(options, seedUserCount, showHelp);
    }

    private static int Integer(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"'{text}' is not a whole number between {min} and {max}");

    private static double Probability(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new FormatException($"'{text}' is not a probability between 0 and 1");

    private static OversizeBatchBehavior Oversize(string text) => text.ToLowerInvariant() switch
    {
        "truncate" => OversizeBatchBehavior.Truncate,
        "reject" => OversizeBatchBehavior.Reject,
        _ => throw new FormatException($"--oversize takes truncate or reject, not '{text}'"),
    };

    private static string[] Domains(string text)
    {
        var domains = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return domains.Length > 0 ? domains : throw new FormatException("--internal-domains needs at least one domain");
    }
}
