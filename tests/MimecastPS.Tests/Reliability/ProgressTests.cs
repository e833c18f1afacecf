using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

public sealed class ProgressTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private PowerShellResult Import(int rows, string parameters)
    {
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        return ps.Run($"1..{rows} | ForEach-Object {{ [pscustomobject]@{{ EmailAddress = ('p{{0:D4}}@example.com' -f $_) }} }} | New-MimecastUser {parameters} | Out-Null");
    }

    [Fact]
    public void A_long_run_shows_rows_done_failed_and_rate_a_few_times_a_second_and_completes_the_bar()
    {
        var server = sandbox.Fresh();
        server.Options.Latency = TimeSpan.FromMilliseconds(25);
        var result = Import(160, "-BatchSize 1 -ThrottleLimit 1");
        Assert.NotEmpty(result.Progress);
        var updates = result.Progress.Where(p => p.RecordType == System.Management.Automation.ProgressRecordType.Processing).ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, p => Assert.Matches(@"^\d+ rows done, \d+ failed, \d+ rows/s$", p.StatusDescription));
        // Named by what the cmdlet does, not by the API path it calls.
        Assert.All(result.Progress, p => Assert.Equal("Creating Mimecast users", p.Activity));
        Assert.Equal(System.Management.Automation.ProgressRecordType.Completed, result.Progress[^1].RecordType);
        // At most four updates a second: the run took at least 160 x 25 ms.
        Assert.True(updates.Count <= 4 * 160 * 0.025 * 3, $"{updates.Count} updates");
    }

    [Fact]
    public void A_small_run_and_WhatIf_show_no_progress()
    {
        sandbox.Fresh();
        Assert.Empty(Import(20, "").Progress);
        Assert.Empty(Import(400, "-WhatIf").Progress);
    }
}
