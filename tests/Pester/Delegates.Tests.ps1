# Delegate rights from CSV files: Add-MimecastDelegate grants them, Get-MimecastDelegate reads them back with the
# ids that Remove-MimecastDelegate takes, so that a pipe from one to the other undoes them.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
    foreach ($address in 'dl.boss@example.com', 'dl.pa@example.com', 'dl.deputy@example.com', 'dl.temp@example.com') {
        New-MimecastUser -EmailAddress $address | Out-Null
    }
    $delegatesCsv = Join-Path $TestDrive 'delegates.csv'
    Write-TestFile -Path $delegatesCsv -Lines @(
        'PrimaryAddress,DelegateAddress'
        'dl.boss@example.com,"dl.pa@example.com;dl.deputy@example.com"'
        'dl.temp@example.com,dl.pa@example.com'
    )
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Delegate rights added, read back and removed' {
    It 'Add-MimecastDelegate grants every right of the file, each with its id' {
        $script:added = @(Import-Csv $delegatesCsv | Add-MimecastDelegate)
        @($added | ForEach-Object { "$($_.PrimaryAddress) -> $($_.DelegateAddress) $($_.Status)" }) | Should -Be @(
            'dl.boss@example.com -> dl.pa@example.com Added'
            'dl.boss@example.com -> dl.deputy@example.com Added'
            'dl.temp@example.com -> dl.pa@example.com Added'
        )
        $added | ForEach-Object { $_.Id | Should -Not -BeNullOrEmpty }
    }

    It 'Get-MimecastDelegate reads them back from the same rows, typed, in input order, with the same ids' {
        $run = Invoke-Captured { Import-Csv $delegatesCsv | Get-MimecastDelegate }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastDelegate]) }
        @($run.Output | ForEach-Object { "$($_.PrimaryAddress) -> $($_.DelegateAddress)" }) | Should -Be @(
            'dl.boss@example.com -> dl.pa@example.com'
            'dl.boss@example.com -> dl.deputy@example.com'
            'dl.temp@example.com -> dl.pa@example.com'
        )
        @($run.Output | ForEach-Object { $_.Id }) | Should -Be @($added | ForEach-Object { $_.Id })
    }

    It 'Get-MimecastDelegate | Remove-MimecastDelegate -Confirm:$false removes them, after which none is found' {
        $run = Invoke-Captured { Import-Csv $delegatesCsv | Get-MimecastDelegate | Remove-MimecastDelegate -Confirm:$false }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastDelegate]) }
        Get-OutcomeSummary $run -Key Id | Should -Be @($added | ForEach-Object { "$($_.Id): Removed" })
        Import-Csv $delegatesCsv | Get-MimecastDelegate | Should -BeNullOrEmpty
    }
}

Describe 'Get-MimecastDelegate from a CSV file' {
    BeforeAll {
        Add-MimecastDelegate -PrimaryAddress 'dl.deputy@example.com' -DelegateAddress 'dl.boss@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'primaries.csv'
        Write-TestFile -Path $csv -Lines @('PrimaryAddress', 'dl.nobody@example.com', 'dl.deputy@example.com', 'dl.pa@example.com')
        $run = Invoke-Captured { Import-Csv $csv | Get-MimecastDelegate }
    }

    It 'lists each row''s rights in input order and fails the row of an unknown user' {
        @($run.Outcomes | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.FullyQualifiedErrorId.Split(',')[0] } else { $_.DelegateAddress } }) |
            Should -Be @('err_user_not_found', 'dl.boss@example.com')
        $run.Errors[0].Exception.Message | Should -BeLike '*dl.nobody@example.com*'
    }

    It 'asks for one user per request, as find-delegate-users requires' {
        $lookups = @($run.Verbose | Where-Object { $_ -like 'POST /api/user/find-delegate-users *' })
        $lookups.Count | Should -Be 3
        $lookups | ForEach-Object { $_ | Should -BeLike '* items=1 *' }
    }

    It 'carries the row as the TargetObject of a failed lookup, so that $failed.TargetObject can be run again' {
        $run.Errors[0].TargetObject.PrimaryAddress | Should -Be 'dl.nobody@example.com'
    }
}

Describe 'Remove-MimecastDelegate row outcomes' {
    BeforeAll {
        $right = Add-MimecastDelegate -PrimaryAddress 'dl.temp@example.com' -DelegateAddress 'dl.deputy@example.com'
        $csv = Join-Path $TestDrive 'remove-rights.csv'
        Write-TestFile -Path $csv -Lines @(
            'Id,PrimaryAddress,DelegateAddress'
            'd-unknownright,dl.temp@example.com,dl.pa@example.com'
            ',dl.temp@example.com,dl.boss@example.com'
            "$($right.Id),dl.temp@example.com,dl.deputy@example.com"
        )
    }

    It 'sends nothing under -WhatIf' {
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastDelegate -WhatIf }
        Get-RequestCount $run '/api/user/remove-delegate-user' | Should -Be 0
        @(Get-MimecastDelegate 'dl.temp@example.com' | ForEach-Object { $_.Id }) | Should -Be @($right.Id)
    }

    It 'gives each row its outcome in input order, each error carrying its row' {
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastDelegate -Confirm:$false }
        Get-OutcomeSummary $run -Key Id | Should -Be @(
            'd-unknownright: err_delegate_not_found'
            ': MissingRequiredValue'
            "$($right.Id): Removed"
        )
        $run.Errors[1].TargetObject.DelegateAddress | Should -Be 'dl.boss@example.com'
        $run.Errors[0].Exception.Message | Should -BeLike '*d-unknownright*'
        $run.Errors | ForEach-Object { $_.TargetObject.PrimaryAddress | Should -Be 'dl.temp@example.com' }
        Get-RequestCount $run '/api/user/remove-delegate-user' | Should -Be 2
        Get-MimecastDelegate 'dl.temp@example.com' | Should -BeNullOrEmpty
    }

    It 'removes nothing in an unattended run until -Confirm:$false is given' {
        $right = Add-MimecastDelegate -PrimaryAddress 'dl.pa@example.com' -DelegateAddress 'dl.deputy@example.com'
        $one = Join-Path $TestDrive 'remove-one-right.csv'
        Write-TestFile -Path $one -Lines @('Id,PrimaryAddress', "$($right.Id),dl.pa@example.com")
        $lines = Invoke-UnattendedRemoval -Sandbox $sandbox -Command 'Remove-MimecastDelegate' -CsvPath $one -Key 'Id'
        $lines[0] | Should -Be 'PROMPTED'
        $lines[1] | Should -BeLike 'FAILED *NonInteractive*'
        $lines[2..($lines.Count - 1)] | Should -Be @('UNATTENDED', "REMOVED $($right.Id)")
        Get-MimecastDelegate 'dl.pa@example.com' | Should -BeNullOrEmpty
    }
}
