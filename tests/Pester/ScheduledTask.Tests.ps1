# A scheduled task's run: a fresh `pwsh -NonInteractive -NoProfile -File` process with redirected output,
# whose exit code is what the task scheduler records.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    $sandbox = Start-TestSandbox
    $script = Join-Path $TestDrive 'nightly-import.ps1'
    # Written as an admin would: fail the task when any row failed, and say which.
    Set-Content -LiteralPath $script -Value @"
param([string] `$CsvPath)
`$ErrorActionPreference = 'Stop'
Import-Module '$ModuleFolder'
$(Get-ConnectCommand $sandbox)
Import-Csv `$CsvPath | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue | ForEach-Object { "CREATED `$(`$_.EmailAddress)" }
foreach (`$failure in `$failed) { "FAILED `$(`$failure.TargetObject.EmailAddress): `$(`$failure.FullyQualifiedErrorId.Split(',')[0])" }
if (`$failed.Count -gt 0) { exit 1 }
exit 0
"@
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'A scheduled-task style run' {
    It 'exits 0 and lists the created users when every row succeeds' {
        $csv = Join-Path $TestDrive 'good.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'task.one@example.com,One', 'task.two@example.com,Two')
        $run = Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $csv)
        $run.Output | Should -Be @('CREATED task.one@example.com', 'CREATED task.two@example.com')
        $run.ExitCode | Should -Be 0
    }

    It 'exits 1 and names each failed row when some rows fail' {
        $csv = Join-Path $TestDrive 'mixed.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'task.three@example.com,Three', 'not-an-address,Bad', 'task.one@example.com,Again')
        $run = Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $csv)
        $run.Output | Should -Be @('CREATED task.three@example.com', 'FAILED not-an-address: InvalidEmailAddress', 'FAILED task.one@example.com: err_user_already_exists')
        $run.ExitCode | Should -Be 1
    }

    It 'runs the quick start as the README shows it, with the real Import-Csv' {
        $run = Invoke-TestScript -Path (Join-Path $RepositoryRoot 'examples/quickstart.ps1') -ArgumentList @('-BaseUri', $sandbox.BaseUri)
        $run.ExitCode | Should -Be 0
        foreach ($address in 'ann.archer@example.com', 'bo.baker@example.com', 'cy.cole@example.com', 'dee.dunn@example.com') {
            $run.Text | Should -Match ([regex]::Escape($address))
        }
        $run.Text | Should -Match 'Cole, Cy'
        @($run.Output | Where-Object { $_ -like 'FAILED *' }) | Should -Be @(
            'FAILED not-an-address: InvalidEmailAddress'
            'FAILED eve.east@partner.invalid: err_domain_not_internal')
    }
}
