using System.Management.Automation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Properties;

/// <summary>
/// create-account has no server-side uniqueness: under connections dropped after executing, 500s and answers
/// missing an outcome, no account is ever created twice, each row gets one outcome, and a row whose account exists
/// but that reports an error says its outcome is unknown. Replay is fixed so CI runs the same cases.
/// </summary>
public sealed class AccountProperties(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    public static Arbitrary<(int Rows, int Seed, double DropAfter, double Fault500, double OmitOutcome, int BatchSize)> Cases()
        => Arb.From(
            from rows in Gen.Choose(2, 10)
            from seed in Gen.Choose(1, 1_000_000)
            from dropAfter in Gen.Elements(0.0, 0.2, 0.4)
            from fault500 in Gen.Elements(0.0, 0.2)
            from omit in Gen.Elements(0.0, 0.3)
            from batch in Gen.Elements(1, 2, 3)
            select (rows, seed, dropAfter, fault500, omit, batch));

    [Property(MaxTest = 12, Replay = "(20261127,1)", Arbitrary = [typeof(AccountProperties)])]
    public void No_account_is_created_twice_and_an_error_on_a_created_account_says_its_outcome_is_unknown(
        (int Rows, int Seed, double DropAfter, double Fault500, double OmitOutcome, int BatchSize) c)
    {
        var server = sandbox.Fresh();
        server.Options.Seed = c.Seed;
        server.Options.DropAfterExecuteRate = c.DropAfter;
        server.Options.Fault500Rate = c.Fault500;
        server.Options.OmitOutcomeRate = c.OmitOutcome;
        server.Reset();
        using var ps = new ModuleRunspace();
        Assert.Null(ps.Run(sandbox.ConnectApi1("-MaxRetryCount 3 -TimeoutSec 2 -SkipValidation")).Terminating);
        Assert.Null(ps.Run($$"""
            $global:rows = 1..{{c.Rows}} | ForEach-Object {
                [pscustomobject]@{ AccountName = "Tenant $_"; AddressLine1 = '1 Road'; City = 'Town'; State = 'Shire'; PostalCode = 'AB1 2CD';
                    Country = 'GB'; CompanyRegistrationNumber = "REG$_"; MaximumRetention = '30'; ContactEmail = "c$_@tenant.example";
                    ContactName = 'C'; Telephone = '1'; NumberOfUsers = '5'; AdminPassword = 'Adm1n-Secret!'; Products = '9702' }
            }
            """).Terminating);
        var result = ps.RunWithin($"$global:rows | New-MimecastAccount -BatchSize {c.BatchSize} -Confirm:$false", TimeSpan.FromSeconds(60));
        Assert.False(result.TimedOut);
        Assert.Null(result.Terminating);

        var created = server.Directory.Accounts.Select(a => a.AccountName).ToList();
        Assert.Equal(created.Distinct().Count(), created.Count);
        var outputs = result.Output.Select(o => (string)o.Properties["AccountName"].Value).ToList();
        var errors = result.Errors.ToDictionary(e => (string)((PSObject)e.TargetObject).Properties["AccountName"].Value);
        Assert.Equal(Enumerable.Range(1, c.Rows).Select(i => $"Tenant {i}"), outputs.Concat(errors.Keys).OrderBy(n => int.Parse(n.Split(' ')[1])));
        Assert.All(outputs, name => Assert.Contains(name, created));
        foreach (var (name, error) in errors.Where(e => created.Contains(e.Key)))
        {
            Assert.True(error.FullyQualifiedErrorId.StartsWith("OutcomeUnknown,") || error.FullyQualifiedErrorId.StartsWith("NoOutcomeReported,"),
                $"{name} was created but its row failed with {error.FullyQualifiedErrorId}: {error.Exception.Message}");
        }
    }
}
