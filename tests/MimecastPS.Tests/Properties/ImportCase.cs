using System.Globalization;
using MimecastPS.Sandbox;

namespace MimecastPS.Tests.Properties;

/// <summary>One generated import: its rows, the faults the sandbox injects, and how the cmdlet batches.</summary>
public sealed record ImportCase(RowKind[] Rows, int SandboxSeed, double[] FaultRates, int BatchSize, int ThrottleLimit)
{
    /// <summary>The fault kinds, in the order of <see cref="FaultRates"/>.</summary>
    public static readonly string[] FaultNames = ["429", "500", "503", "drop-before", "drop-after", "slow", "omit-outcome", "fail-without-key"];

    public void ApplyTo(SandboxOptions options)
    {
        options.Seed = SandboxSeed;
        options.Fault429Rate = FaultRates[0];
        options.Fault500Rate = FaultRates[1];
        options.Fault503Rate = FaultRates[2];
        options.DropBeforeExecuteRate = FaultRates[3];
        options.DropAfterExecuteRate = FaultRates[4];
        options.SlowAnswerRate = FaultRates[5];
        options.SlowAnswerDelay = TimeSpan.FromMilliseconds(1300);
        options.OmitOutcomeRate = FaultRates[6];
        options.FailWithoutKeyRate = FaultRates[7];
    }

    /// <summary>The address of each row: duplicates repeat the address of the last new row before them.</summary>
    public string[] Addresses()
    {
        var addresses = new string[Rows.Length];
        string? lastNew = null;
        for (int i = 0; i < Rows.Length; i++)
        {
            addresses[i] = Rows[i] switch
            {
                RowKind.New => lastNew = $"new{i:D3}@example.com",
                RowKind.Invalid => $"invalid{i:D3}",
                RowKind.Duplicate => lastNew ?? $"new{i:D3}@example.com",
                RowKind.Existing => $"existing{i:D3}@example.com",
                RowKind.Blank => "",
                _ => $"outside{i:D3}@elsewhere.org",
            };
        }
        return addresses;
    }

    /// <summary>The password cell of each row: a distinct secret that must never be shown; blank rows have none.</summary>
    public string PasswordOf(int row) => Rows[row] == RowKind.Blank ? "" : $"Pw{row:D3}-{SandboxSeed}-secret!";

    /// <summary>What a failing case prints, so that it can be replayed by hand.</summary>
    public override string ToString() =>
        $"rows=[{string.Join(",", Rows.Select(r => r.ToString()[0]))}] sandboxSeed={SandboxSeed} batch={BatchSize} throttle={ThrottleLimit} faults=[" +
        string.Join(" ", FaultNames.Zip(FaultRates, (n, r) => n + "=" + r.ToString("0.00", CultureInfo.InvariantCulture))) + "]";
}
