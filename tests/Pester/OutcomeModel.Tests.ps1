# The outcome model as users meet it in a real shell: the empty rows a spreadsheet export ends with are skipped
# and counted once, and a failed row shows its address and never its password in any rendered form of its
# error, while its TargetObject still re-runs it, password and all.
BeforeDiscovery {
    # Every $ErrorView the running engine has: NormalView and CategoryView in Windows PowerShell 5.1 (a string
    # there), also ConciseView and DetailedView in PowerShell 7 (an enum).
    $errorViewType = 'System.Management.Automation.ErrorView' -as [type]
    if ($null -ne $errorViewType) { $views = @([System.Enum]::GetNames($errorViewType)) } else { $views = @('NormalView', 'CategoryView') }
    $errorViews = @($views | ForEach-Object { @{ View = $_ } })
    $hasGetError = $null -ne (Get-Command Get-Error -ErrorAction SilentlyContinue)
}

BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    # Each password test asserts its absence first: a failed match prints the text it searched.
    $password = 'Summer2026!Secret'
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'A CSV file that ends in 300 empty rows, as Excel writes them (<Settings>)' -ForEach @(
    @{ Settings = 'default batching'; Options = ''; Tag = 'default' }
    @{ Settings = '-BatchSize 10 -ThrottleLimit 1'; Options = '-BatchSize 10 -ThrottleLimit 1'; Tag = 'small' }
) {
    BeforeAll {
        $csv = Join-Path $TestDrive "excel-$Tag.csv"
        Write-TestFile -Path $csv -Lines (@(
                'EmailAddress,Name,Password,ForcePasswordChange'
                "om.$Tag.one@example.com,One,,"
                "om.$Tag.two@example.com,Two,,TRUE"
            ) + @(1..300 | ForEach-Object { ',,,' }))
        # A scheduled-task process, so that a run that waits forever fails the test (after 60 s) instead of hanging the suite.
        $script = Join-Path $TestDrive "import-$Tag.ps1"
        Set-Content -LiteralPath $script -Value @"
param([string] `$CsvPath)
Import-Module '$ModuleFolder'
$(Get-ConnectCommand $sandbox)
Import-Csv `$CsvPath | New-MimecastUser $Options -ErrorVariable failed -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue | ForEach-Object { "CREATED `$(`$_.EmailAddress)" }
foreach (`$failure in `$failed) { "FAILED `$(`$failure.FullyQualifiedErrorId)" }
foreach (`$warning in `$warned) { "WARNING `$(`$warning.Message)" }
"@
        $run = Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $csv) -TimeoutSeconds 60
    }

    It 'finishes, creates the real rows and warns once with the count, with no error per empty row' {
        $run.Output | Should -Be @(
            "CREATED om.$Tag.one@example.com"
            "CREATED om.$Tag.two@example.com"
            'WARNING 300 rows were skipped because every cell was empty.'
        )
        $run.ExitCode | Should -Be 0
    }

    It 'leaves the real rows in the directory as the file gave them' {
        Connect-TestSandbox $sandbox
        (Get-MimecastUser -EmailAddress "om.$Tag.one@example.com").Name | Should -Be 'One'
        (Get-MimecastUser -EmailAddress "om.$Tag.two@example.com").ForcePasswordChange | Should -BeTrue
    }
}

Describe 'A failed row with a Password column' {
    BeforeAll {
        # This sandbox's only internal domain is other.example, so the row for example.com fails there.
        $refusingSandbox = Start-TestSandbox -ArgumentList @('--internal-domains', 'other.example')
        Connect-TestSandbox $refusingSandbox
        $csv = Join-Path $TestDrive 'with-password.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name,Password', "om.pat@example.com,Pat,$password")
        Import-Csv $csv | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $viewBefore = $global:ErrorView
    }

    AfterAll {
        $global:ErrorView = $viewBefore
        Stop-TestSandbox $refusingSandbox
    }

    It 'is one error for the row' {
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'err_domain_not_internal,*'
    }

    It 'shows the address and never the password in $ErrorView = <View>' -ForEach $errorViews {
        $global:ErrorView = $View
        $text = $failed[0] | Out-String -Width 300
        $text.Contains($password) | Should -BeFalse -Because "the $View rendering must not hold the password"
        $text | Should -Match ([regex]::Escape('om.pat@example.com'))
    }

    It 'shows the address and never the password in Get-Error' -Skip:(-not $hasGetError) {
        $text = $failed[0] | Get-Error | Out-String -Width 300
        $text.Contains($password) | Should -BeFalse -Because 'Get-Error lists every property of the record, TargetObject included'
        $text | Should -Match ([regex]::Escape('om.pat@example.com'))
    }

    It 'shows the address and never the password in Format-List * -Force' {
        $text = $failed[0] | Format-List * -Force | Out-String -Width 300
        $text.Contains($password) | Should -BeFalse -Because 'Format-List * -Force renders TargetObject and CategoryInfo'
        $text | Should -Match ([regex]::Escape('om.pat@example.com'))
    }

    It 'shows the address and never the password in a transcript of a scheduled-task run' -ForEach @(@{ Views = @($errorViews | ForEach-Object { $_.View }) }) {
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $script = Join-Path $TestDrive 'transcribed-import.ps1'
        # As written to a task's log: the error as the host shows it, then every view, Get-Error and Format-List.
        Set-Content -LiteralPath $script -Value @"
param([string] `$CsvPath, [string] `$TranscriptPath)
Import-Module '$ModuleFolder'
$(Get-ConnectCommand $refusingSandbox)
Start-Transcript -LiteralPath `$TranscriptPath | Out-Null
Import-Csv `$CsvPath | New-MimecastUser
foreach (`$view in $(($Views | ForEach-Object { "'$_'" }) -join ', ')) { `$ErrorView = `$view; `$Error[0] | Out-Host }
if (Get-Command Get-Error -ErrorAction SilentlyContinue) { `$Error[0] | Get-Error | Out-Host }
`$Error[0] | Format-List * -Force | Out-Host
Stop-Transcript | Out-Null
"@
        $run = Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $csv, '-TranscriptPath', $transcript)
        $logged = [System.IO.File]::ReadAllText($transcript)
        $logged.Contains($password) | Should -BeFalse -Because 'the transcript is the log an unattended run leaves'
        $run.Text.Contains($password) | Should -BeFalse -Because "the task's own output is logged too"
        ([regex]::Matches($logged, [regex]::Escape('om.pat@example.com'))).Count | Should -BeGreaterOrEqual ($Views.Count + 2)
    }

    It 'carries the row as given, password included, so that $failed.TargetObject | New-MimecastUser re-creates it' {
        $row = $failed[0].TargetObject
        $row.EmailAddress | Should -Be 'om.pat@example.com'
        # Compared, never shown: a failed Should would print the value.
        ((New-Object System.Net.NetworkCredential('', $row.Password)).Password -ceq $password) | Should -BeTrue -Because 'the row keeps its password for the re-run'
        # The same rows against a sandbox where example.com is internal: the re-run succeeds with the password.
        Connect-TestSandbox $sandbox
        $again = Invoke-Captured { $failed.TargetObject | New-MimecastUser }
        $again.Errors | Should -BeNullOrEmpty
        $again.Output.EmailAddress | Should -Be 'om.pat@example.com'
        $again.Output.Status | Should -Be 'Created'
        $again.Sent[0].password | Should -Be '***' -Because 'the password cell was sent (and masked in the debug log)'
        (Get-MimecastUser -EmailAddress 'om.pat@example.com').Name | Should -Be 'Pat'
    }
}
