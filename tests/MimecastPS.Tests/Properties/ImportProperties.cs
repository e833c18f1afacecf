using System.Management.Automation;
using FsCheck.Xunit;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Properties;

/// <summary>
/// Properties of a whole import over the real stack (hosted engine, module, sandbox over loopback), for
/// generated rows crossed with generated fault schedules. Replay is fixed so CI runs the same cases every
/// time; a failure prints the case (rows, sandbox seed, faults) so it can be run again by hand.
/// </summary>
public sealed class ImportProperties(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly HashSet<string> AmbiguousCodes = ["NoOutcomeReported", "RequestTimeout", "NetworkFailure"];

    [Property(MaxTest = 30, Replay = "(20261123,1)", Arbitrary = [typeof(ImportCaseArbitrary)])]
    public void Every_row_gets_exactly_one_truthful_outcome_and_nothing_is_created_twice(ImportCase c)
    {
        var server = sandbox.Fresh();
        string[] addresses = c.Addresses();
        c.ApplyTo(server.Options);
        server.Reset(); // re-seeds the fault draws from the case's seed
        for (int i = 0; i < c.Rows.Length; i++)
        {
            if (c.Rows[i] == RowKind.Existing) server.Directory.AddUser(addresses[i]);
        }

        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1("-MaxRetryCount 8 -TimeoutSec 1 -SkipValidation")).Terminating);
        string rows = string.Join(",\n", addresses.Select((a, i) => c.Rows[i] == RowKind.Blank
            ? "[pscustomobject]@{ EmailAddress = ''; Password = ''; RowNumber = '' }"
            : $"[pscustomobject]@{{ EmailAddress = '{a}'; Password = '{c.PasswordOf(i)}'; RowNumber = '{i}' }}"));
        // The rows are made first, so that no password stands in the command line an error record quotes.
        Assert.Null(ps.Run($"$global:rows = @({rows})").Terminating);
        // The run must end by itself: one still running after 60 s is stopped and fails here.
        var result = ps.RunWithin($"$global:rows | New-MimecastUser -BatchSize {c.BatchSize} -ThrottleLimit {c.ThrottleLimit} -Verbose -ErrorVariable global:failed",
            TimeSpan.FromSeconds(60));
        Assert.False(result.TimedOut, "the run did not end within 60 s");
        Assert.Null(result.Terminating);

        // Empty rows get no outcome, and one warning counts them.
        int blanks = c.Rows.Count(r => r == RowKind.Blank);
        Assert.Equal(blanks == 0 ? [] : [$"{blanks} {(blanks == 1 ? "row was" : "rows were")} skipped because every cell was empty."], result.Warnings.Where(w => w.Contains("skipped")));

        // No password is shown in any rendered form of the errors, nor in any stream.
        var rendered = ps.Run("foreach ($view in 'NormalView', 'ConciseView', 'CategoryView') { $ErrorView = $view; $global:failed | Out-String -Width 400 }; $global:failed | Get-Error | Out-String -Width 400");
        string shown = string.Join("\n", rendered.Output.Select(o => o.ToString())) + result.AllText();
        Assert.All(Enumerable.Range(0, c.Rows.Length).Where(i => c.Rows[i] != RowKind.Blank), i => Assert.DoesNotContain(c.PasswordOf(i), shown));

        // Exactly one outcome per row that is not empty: every such row number once, over outputs and errors together.
        var outputRows = OutputRowNumbers(result, addresses, c);
        var errorRows = result.Errors.Select(e => int.Parse((string)((PSObject)e.TargetObject).Properties["RowNumber"].Value)).ToList();
        Assert.Equal(Enumerable.Range(0, c.Rows.Length).Where(i => c.Rows[i] != RowKind.Blank), outputRows.Concat(errorRows).Order());
        // Outputs come in input order.
        Assert.Equal(outputRows.Order(), outputRows);

        // What was reported created is in the directory, and nothing was created twice.
        Assert.All(outputRows, i => Assert.NotNull(server.Directory.FindUser(addresses[i])));
        Assert.All(server.Directory.Users, u => Assert.True(server.Directory.CreateCount(u.EmailAddress) <= 1, u.EmailAddress + " created twice"));

        // A new address can only fail when an answer was lost, and then the error must say so: its first row is carried
        // out even when a later row repeats the address (that later row waits for it, then meets "already exists").
        foreach (var error in result.Errors)
        {
            int row = int.Parse((string)((PSObject)error.TargetObject).Properties["RowNumber"].Value);
            if (c.Rows[row] != RowKind.New) continue;
            string code = error.FullyQualifiedErrorId.Split(',')[0];
            Assert.True(AmbiguousCodes.Contains(code) || error.Exception.Message.Contains("earlier attempt"),
                $"row {row} ({addresses[row]}) is new but failed with {error.FullyQualifiedErrorId}: {error.Exception.Message}");
        }

        // Rows that cannot succeed never do.
        Assert.All(outputRows, i => Assert.True(c.Rows[i] is RowKind.New or RowKind.Duplicate, $"row {i} ({c.Rows[i]}) reported created"));

        // No request id was ever sent twice (each attempt is signed anew).
        var ids = server.Received.Where(r => r.RequestId != null).Select(r => r.RequestId!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>The row number behind each output, in output order: the first unclaimed row with that address.</summary>
    private static List<int> OutputRowNumbers(PowerShellResult result, string[] addresses, ImportCase c)
    {
        var errorRows = result.Errors.Select(e => int.Parse((string)((PSObject)e.TargetObject).Properties["RowNumber"].Value)).ToHashSet();
        var claimed = new HashSet<int>();
        var rows = new List<int>();
        foreach (var output in result.Output)
        {
            string address = (string)output.Properties["EmailAddress"].Value;
            int row = Enumerable.Range(0, addresses.Length).First(i => addresses[i] == address && !claimed.Contains(i) && !errorRows.Contains(i));
            claimed.Add(row);
            rows.Add(row);
        }
        return rows;
    }
}
