using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// Rows that send nothing (empty CSV rows, rows refused before sending) never make a run wait for work that is not
/// in flight, and empty rows are skipped with one warning. Before the fix both runs below hung, sending nothing.
/// </summary>
public sealed class EmptyAndRefusedRowTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>Runs the import; a run that has not finished after 30 s is stopped, and its partial results fail the asserts.</summary>
    private static PowerShellResult RunBounded(ModuleRunspace ps, string rows)
    {
        ps.RunAndStop("$global:out = @(" + rows + " | New-MimecastUser -BatchSize 10 -ThrottleLimit 1 -ErrorVariable global:failed -WarningVariable global:warned 3>$null)", () => false);
        return ps.Run("$global:out; $global:failed | ForEach-Object { 'error: ' + $_.FullyQualifiedErrorId }; $global:warned | ForEach-Object { 'warning: ' + $_ }");
    }

    [Fact]
    public void One_row_followed_by_a_spreadsheets_trailing_empty_rows_finishes_and_warns_once()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        var result = RunBounded(ps, "@([pscustomobject]@{ EmailAddress = 'first@example.com'; Name = 'First' }) + @(1..63 | ForEach-Object { [pscustomobject]@{ EmailAddress = ''; Name = ' ' } })");
        var lines = result.Output.Select(o => o.BaseObject is string text ? text : (string)o.Properties["EmailAddress"].Value).ToList();
        Assert.Equal(["first@example.com", "warning: 63 rows were skipped because every cell was empty."], lines);
        Assert.NotNull(server.Directory.FindUser("first@example.com"));
    }

    [Fact]
    public void One_row_followed_by_many_refused_rows_finishes_with_an_error_for_each()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        var result = RunBounded(ps, "@([pscustomobject]@{ EmailAddress = 'first@example.com' }) + @(1..100 | ForEach-Object { [pscustomobject]@{ EmailAddress = \"not-an-address-$_\" } })");
        var lines = result.Output.Select(o => o.BaseObject is string text ? text : (string)o.Properties["EmailAddress"].Value).ToList();
        Assert.Equal(101, lines.Count);
        Assert.Equal("first@example.com", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("error: InvalidEmailAddress,", l));
    }
}
