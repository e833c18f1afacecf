# Aliases from CSV files: Set-MimecastAlias adds them, Get-MimecastAlias reads them back, Remove-MimecastAlias
# undoes them, each row with its own outcome.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
    foreach ($address in 'al.owner@example.com', 'al.second@example.com') { New-MimecastUser -EmailAddress $address | Out-Null }
    $aliasesCsv = Join-Path $TestDrive 'aliases.csv'
    Write-TestFile -Path $aliasesCsv -Lines @(
        'AliasFor,Alias'
        'al.owner@example.com,"al.one@example.com; al.two@example.com"'
        'al.second@example.com,al.three@example.com'
    )
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Aliases set, read back and removed' {
    It 'Set-MimecastAlias adds every alias of the file' {
        $added = Import-Csv $aliasesCsv | Set-MimecastAlias
        @($added | ForEach-Object { "$($_.Alias) $($_.Status)" }) | Should -Be @('al.one@example.com Added', 'al.two@example.com Added', 'al.three@example.com Added')
    }

    It 'Get-MimecastAlias reads them back from the same rows, typed and in input order' {
        $found = @(Import-Csv $aliasesCsv | Get-MimecastAlias)
        $found | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastAlias]) }
        @($found | ForEach-Object { "$($_.Alias) -> $($_.AliasFor)" }) | Should -Be @(
            'al.one@example.com -> al.owner@example.com'
            'al.two@example.com -> al.owner@example.com'
            'al.three@example.com -> al.second@example.com'
        )
    }

    It 'Remove-MimecastAlias -Confirm:$false removes them, after which Get-MimecastAlias finds none' {
        $run = Invoke-Captured { Import-Csv $aliasesCsv | Remove-MimecastAlias -Confirm:$false }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastAlias]) }
        Get-OutcomeSummary $run -Key Alias | Should -Be @('al.one@example.com: Removed', 'al.two@example.com: Removed', 'al.three@example.com: Removed')
        Import-Csv $aliasesCsv | Get-MimecastAlias | Should -BeNullOrEmpty
        (Get-MimecastUser -EmailAddress 'al.owner@example.com').Aliases | Should -BeNullOrEmpty
    }
}

Describe 'Get-MimecastAlias from a CSV file' {
    It 'lists the aliases of each row''s user in input order and fails the row of an unknown user' {
        Set-MimecastAlias -AliasFor 'al.second@example.com' -Alias 'al.four@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'owners.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress', 'al.nobody@example.com', 'al.second@example.com')
        $run = Invoke-Captured { Import-Csv $csv | Get-MimecastAlias }
        @($run.Outcomes | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.FullyQualifiedErrorId.Split(',')[0] } else { $_.Alias } }) |
            Should -Be @('err_user_not_found', 'al.four@example.com')
        $run.Errors[0].Exception.Message | Should -BeLike '*al.nobody@example.com*'
    }

    It 'carries the row as the TargetObject of a failed lookup, so that $failed.TargetObject can be run again' {
        Import-Csv (Join-Path $TestDrive 'owners.csv') | Get-MimecastAlias -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed[0].TargetObject.EmailAddress | Should -Be 'al.nobody@example.com'
    }
}

Describe 'Remove-MimecastAlias row outcomes' {
    BeforeAll {
        Set-MimecastAlias -AliasFor 'al.owner@example.com' -Alias 'al.five@example.com', 'al.six@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'remove.csv'
        Write-TestFile -Path $csv -Lines @(
            'AliasFor,Alias'
            'al.owner@example.com,al.five@example.com'
            'al.nobody@example.com,al.seven@example.com'
            'al.second@example.com,al.six@example.com'
            'al.owner@example.com,not-an-address'
        )
    }

    It 'sends nothing under -WhatIf' {
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastAlias -WhatIf }
        Get-RequestCount $run '/api/user/remove-alias' | Should -Be 0
        @(Get-MimecastAlias 'al.owner@example.com' | ForEach-Object { $_.Alias }) | Should -Be @('al.five@example.com', 'al.six@example.com')
    }

    It 'gives each row its outcome in input order, each error carrying its row' {
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastAlias -Confirm:$false }
        Get-OutcomeSummary $run -Key Alias | Should -Be @(
            'al.five@example.com: Removed'
            'al.seven@example.com: err_alias_owner_not_found'
            'al.six@example.com: err_alias_not_found'
            'not-an-address: InvalidEmailAddress'
        )
        @($run.Errors | ForEach-Object { $_.TargetObject.AliasFor }) | Should -Be @('al.nobody@example.com', 'al.second@example.com', 'al.owner@example.com')
        @($run.Sent | ForEach-Object { $_.alias }) | Should -Not -Contain 'not-an-address'
        @(Get-MimecastAlias 'al.owner@example.com' | ForEach-Object { $_.Alias }) | Should -Be @('al.six@example.com')
    }

    It 'removes nothing in an unattended run until -Confirm:$false is given' {
        $one = Join-Path $TestDrive 'remove-six.csv'
        Write-TestFile -Path $one -Lines @('AliasFor,Alias', 'al.owner@example.com,al.six@example.com')
        $lines = Invoke-UnattendedRemoval -Sandbox $sandbox -Command 'Remove-MimecastAlias' -CsvPath $one -Key 'Alias'
        $lines[0] | Should -Be 'PROMPTED'
        $lines[1] | Should -BeLike 'FAILED *NonInteractive*'
        $lines[2..($lines.Count - 1)] | Should -Be @('UNATTENDED', 'REMOVED al.six@example.com')
        Get-MimecastAlias 'al.owner@example.com' | Should -BeNullOrEmpty
    }

    It 're-sends only the failed alias of a list cell when $failed.TargetObject is run again' {
        Set-MimecastAlias -AliasFor 'al.owner@example.com' -Alias 'al.eight@example.com' | Out-Null
        $row = Join-Path $TestDrive 'list-cell.csv'
        Write-TestFile -Path $row -Lines @('AliasFor,Alias', 'al.owner@example.com,"al.eight@example.com;al.nine@example.com"')
        Import-Csv $row | Remove-MimecastAlias -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        Set-MimecastAlias -AliasFor 'al.owner@example.com' -Alias 'al.nine@example.com' | Out-Null
        $again = Invoke-Captured { $failed.TargetObject | Remove-MimecastAlias -Confirm:$false }
        $again.Errors | Should -BeNullOrEmpty
        @($again.Sent | ForEach-Object { $_.alias }) | Should -Be @('al.nine@example.com')
    }
}
