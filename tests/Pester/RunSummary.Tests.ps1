# What a run leaves behind for the script that started it: $MimecastLastRun after every run, $MimecastStoppedRun after
# an early end, and the nightly-import example that turns them into a scheduled task's exit code.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
    $nightly = Join-Path $RepositoryRoot 'examples/nightly-import.ps1'
    $environment = @{ MIMECAST_CLIENT_ID = $SandboxCredentials.ClientId; MIMECAST_CLIENT_SECRET = $SandboxCredentials.ClientSecret; MIMECAST_BASE_URI = $sandbox.BaseUri }
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe '$MimecastLastRun' {
    It 'counts rows read, changed, skipped and failed, with the failures by error id' {
        $csv = Join-Path $TestDrive 'mixed.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'sum.one@example.com,One', 'not-an-address,Bad', ',', 'sum.two@example.com,Two')
        Import-Csv $csv | New-MimecastUser -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
        $MimecastLastRun.Command | Should -Be 'New-MimecastUser'
        $MimecastLastRun.RowsRead | Should -Be 4
        $MimecastLastRun.Changed | Should -Be 2
        $MimecastLastRun.Skipped | Should -Be 1
        $MimecastLastRun.Failed | Should -Be 1
        $MimecastLastRun.Unknown | Should -Be 0
        $MimecastLastRun.ErrorIds['InvalidEmailAddress'] | Should -Be 1
        $MimecastLastRun.HasFailures | Should -BeTrue
        $MimecastLastRun.ToString() | Should -Match '^New-MimecastUser: 4 rows read, 2 changed, 0 already present, 1 skipped, 1 failed, 0 unknown in '
    }

    It 'counts a re-run of the same rows under -IfExists Skip as already present, with no failure' {
        $rows = @([pscustomobject]@{ EmailAddress = 'sum.one@example.com' }, [pscustomobject]@{ EmailAddress = 'sum.two@example.com' })
        $out = $rows | New-MimecastUser -IfExists Skip
        $out.Status | Should -Be @('AlreadyPresent', 'AlreadyPresent')
        $MimecastLastRun.AlreadyPresent | Should -Be 2
        $MimecastLastRun.HasFailures | Should -BeFalse
    }
}

Describe '$MimecastStoppedRun after -ErrorAction Stop' {
    It 'says how many rows were read and where to resume, and a later run clears it' {
        $csv = Join-Path $TestDrive 'stop.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress', 'stop.one@example.com', 'not-an-address', 'stop.three@example.com', 'stop.four@example.com')
        { Import-Csv $csv | New-MimecastUser -ErrorAction Stop -BatchSize 1 -ThrottleLimit 1 } | Should -Throw
        $MimecastStoppedRun.RowsRead | Should -BeLessOrEqual 3
        $MimecastStoppedRun.ToString() | Should -Match ('Select-Object -Skip ' + $MimecastStoppedRun.RowsRead)
        $MimecastLastRun.Stopped | Should -BeTrue
        $MimecastLastRun.HasFailures | Should -BeTrue

        Import-Csv $csv | Select-Object -Skip $MimecastStoppedRun.RowsRead | New-MimecastUser -IfExists Skip -ErrorAction SilentlyContinue | Out-Null
        Get-Variable MimecastStoppedRun -Scope Global -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-MimecastUser -EmailAddress 'stop.four@example.com').EmailAddress | Should -Be 'stop.four@example.com'
    }
}

Describe 'The nightly-import example as a scheduled task' {
    It 'exits 0 on a clean file, 0 again on its re-run with every row already present, 1 when a row fails and 2 when it cannot connect' {
        $csv = Join-Path $TestDrive 'nightly.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'night.one@example.com,One', 'night.two@example.com,Two')
        $first = Invoke-TestScript -Path $nightly -ArgumentList @('-CsvPath', $csv, '-Module', $ModuleFolder) -Environment $environment
        $first.Output | Should -Contain ($first.Output | Where-Object { $_ -like 'New-MimecastUser: 2 rows read, 2 changed, 0 already present, 0 skipped, 0 failed, 0 unknown*' })
        $first.ExitCode | Should -Be 0

        $again = Invoke-TestScript -Path $nightly -ArgumentList @('-CsvPath', $csv, '-Module', $ModuleFolder) -Environment $environment
        @($again.Output | Where-Object { $_ -like 'New-MimecastUser: 2 rows read, 0 changed, 2 already present, 0 skipped, 0 failed*' }).Count | Should -Be 1
        $again.ExitCode | Should -Be 0

        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'night.three@example.com,Three', 'night.four@elsewhere.org,Outside')
        $mixed = Invoke-TestScript -Path $nightly -ArgumentList @('-CsvPath', $csv, '-Module', $ModuleFolder) -Environment $environment
        @($mixed.Output | Where-Object { $_ -like 'FAILED night.four@elsewhere.org: *' }).Count | Should -Be 1
        $mixed.ExitCode | Should -Be 1

        $wrong = $environment.Clone()
        $wrong.MIMECAST_CLIENT_SECRET = 'not-the-secret'
        $refused = Invoke-TestScript -Path $nightly -ArgumentList @('-CsvPath', $csv, '-Module', $ModuleFolder) -Environment $wrong
        @($refused.Output | Where-Object { $_ -like 'Could not connect to Mimecast: *' }).Count | Should -Be 1
        ($refused.Output -join "`n") | Should -Not -Match 'not-the-secret'
        $refused.ExitCode | Should -Be 2
    }
}

Describe '-Debug in a non-interactive run' {
    It 'creates the user and switches the request log off with a warning instead of failing the run' {
        $script = Join-Path $TestDrive 'debug-task.ps1'
        Set-Content -LiteralPath $script -Value @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModuleFolder'
$(Get-ConnectCommand $sandbox)
New-MimecastUser -EmailAddress 'debug.task@example.com' -Debug | ForEach-Object { 'CREATED ' + `$_.EmailAddress }
"@
        $run = Invoke-TestScript -Path $script
        $run.ExitCode | Should -Be 0
        $run.Output | Should -Contain 'CREATED debug.task@example.com'
        @($run.Output | Where-Object { $_ -like '*The request log was switched off*DebugPreference*' }).Count | Should -Be 1
    }
}

