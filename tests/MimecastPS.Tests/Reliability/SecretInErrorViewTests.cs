using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// A failed row's error shows its address, never its password, in every form PowerShell renders it: each
/// $ErrorView, Get-Error, Format-List * -Force, a transcript and $MimecastStoppedRun. Its TargetObject still re-runs
/// the row with the password. Before the fix the password showed in CategoryInfo and TargetObject.
/// </summary>
public sealed class SecretInErrorViewTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Password = "Summer2026!Secret";

    [Fact]
    public void No_rendered_form_of_a_failed_rows_error_shows_its_password_and_the_rerun_still_sends_it()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        Assert.Empty(ps.Run("New-MimecastUser -EmailAddress taken@example.com").Errors);
        string transcript = Path.Combine(Path.GetTempPath(), "mimecastps-transcript-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var result = ps.Run($$"""
                Start-Transcript -LiteralPath '{{transcript}}' | Out-Null
                $rows = @([pscustomobject]@{ EmailAddress = 'taken@example.com'; Password = '{{Password}}' },
                          [pscustomobject]@{ EmailAddress = 'not-an-address'; AdminPassword = '{{Password}}'; Password = '{{Password}}' })
                $rows | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
                foreach ($view in 'NormalView', 'CategoryView', 'ConciseView', 'DetailedView') {
                    $ErrorView = $view
                    $failed | Out-String -Width 300
                }
                $failed | Get-Error | Out-String -Width 300
                $failed | Format-List * -Force | Out-String -Width 300
                $failed | ForEach-Object { $_.CategoryInfo.GetMessage(); $_.TargetObject | Out-String }
                $failed | Out-Host
                Stop-Transcript | Out-Null
                """);
            Assert.Null(result.Terminating);
            string rendered = string.Join("\n", result.Output.Select(o => o.ToString())) + File.ReadAllText(transcript);
            Assert.Contains("taken@example.com", rendered);
            Assert.Contains("not-an-address", rendered);
            Assert.DoesNotContain(Password, rendered);

            sandbox.Fresh();
            var rerun = ps.Run("$failed[0].TargetObject | New-MimecastUser");
            Assert.Empty(rerun.Errors);
            Assert.Equal(Password, server.Directory.FindUser("taken@example.com")!.Password);
        }
        finally
        {
            File.Delete(transcript);
        }
    }

    [Fact]
    public void The_stopped_run_holds_the_rows_without_their_passwords_in_view()
    {
        var server = sandbox.Fresh();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1()).Terminating);
        server.Options.Latency = TimeSpan.FromSeconds(5);
        ps.RunAndStop($"1..4 | ForEach-Object {{ [pscustomobject]@{{ EmailAddress = \"held$_@example.com\"; Password = '{Password}' }} }} | New-MimecastUser -BatchSize 2 -ThrottleLimit 1",
            () => server.Received.Count(r => r.Path == "/api/user/create-user") >= 1);
        server.Options.Latency = TimeSpan.Zero;
        var shown = ps.Run("$MimecastStoppedRun.Unfinished | Format-List * -Force | Out-String -Width 300; $MimecastStoppedRun.Unfinished | Get-Error | Out-String -Width 300");
        string text = string.Join("\n", shown.Output.Select(o => o.ToString()));
        Assert.Contains("held1@example.com", text);
        Assert.DoesNotContain(Password, text);
    }
}
