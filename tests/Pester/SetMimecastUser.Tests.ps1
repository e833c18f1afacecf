BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox -Api '1'
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Set-MimecastUser yes/no cells' {
    It "reads '<Word>' as <Expected>" -ForEach @(
        @{ Word = 'true'; Expected = $true }
        @{ Word = 'TRUE'; Expected = $true }
        @{ Word = 'True'; Expected = $true }
        @{ Word = 'yes'; Expected = $true }
        @{ Word = 'YES'; Expected = $true }
        @{ Word = '1'; Expected = $true }
        @{ Word = 'false'; Expected = $false }
        @{ Word = 'FALSE'; Expected = $false }
        @{ Word = 'no'; Expected = $false }
        @{ Word = 'No'; Expected = $false }
        @{ Word = '0'; Expected = $false }
    ) {
        $address = "flag.$([guid]::NewGuid().ToString('N').Substring(0, 8))@example.com"
        # Start from the opposite state, so that the test sees the word change it.
        New-MimecastUser -EmailAddress $address | Out-Null
        Set-MimecastUser -EmailAddress $address -AccountLocked (-not $Expected) -AllowPop (-not $Expected) | Out-Null
        $csv = Join-Path $TestDrive 'flags.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,AccountLocked,AllowPop', "$address,$Word,$Word")
        $updated = Import-Csv $csv | Set-MimecastUser
        $updated.AccountLocked | Should -Be $Expected
        $found = Get-MimecastUser -EmailAddress $address
        $found.AccountLocked | Should -Be $Expected
        $found.AllowPop | Should -Be $Expected
    }

    It 'takes real booleans from the command line' {
        New-MimecastUser -EmailAddress 'cli@example.com' | Out-Null
        Set-MimecastUser -EmailAddress 'cli@example.com' -AccountDisabled $true -PasswordNeverExpires $false | Out-Null
        $found = Get-MimecastUser -EmailAddress 'cli@example.com'
        $found.AccountDisabled | Should -BeTrue
        $found.PasswordNeverExpires | Should -BeFalse
    }
}

Describe 'Set-MimecastUser empty cells' {
    BeforeAll {
        foreach ($address in 'keep@example.com', 'keep2@example.com', 'r1@example.com', 'r2@example.com') { New-MimecastUser -EmailAddress $address | Out-Null }
        Set-MimecastUser -EmailAddress 'keep@example.com' -AccountLocked $true -AllowPop $true | Out-Null
    }

    It 'sends only the cells that have a value, so the other settings stay as they are' {
        $csv = Join-Path $TestDrive 'keep.csv'
        Write-TestFile -Path $csv -Lines @(
            'EmailAddress,Name,AccountLocked,AccountDisabled,AllowPop,AllowSmtp,PasswordNeverExpires,ForcePasswordChange,ArchiveStartDate,Password'
            'keep@example.com,Kept,,,,,,,,'
            'keep2@example.com,,yes,,,,,,,'
        )
        $run = Invoke-Captured { Import-Csv $csv | Set-MimecastUser }
        $run.Errors | Should -BeNullOrEmpty
        @($run.Sent[0].PSObject.Properties.Name) | Should -Be @('emailAddress', 'name')
        @($run.Sent[1].PSObject.Properties.Name) | Should -Be @('emailAddress', 'accountLocked')
        $kept = Get-MimecastUser -EmailAddress 'keep@example.com'
        $kept.Name | Should -Be 'Kept'
        $kept.AccountLocked | Should -BeTrue
        $kept.AllowPop | Should -BeTrue
    }

    It 'never carries a value from one row over to the next' {
        $run = Invoke-Captured {
            @([pscustomobject]@{ EmailAddress = 'r1@example.com'; AccountLocked = 'true'; ArchiveStartDate = '2024-01-31T09:30:00Z' },
                [pscustomobject]@{ EmailAddress = 'r2@example.com'; Name = 'Only name' }) | Set-MimecastUser
        }
        $run.Errors | Should -BeNullOrEmpty
        @($run.Sent[1].PSObject.Properties.Name) | Should -Be @('emailAddress', 'name')
        (Get-MimecastUser -EmailAddress 'r2@example.com').AccountLocked | Should -BeFalse
    }
}

Describe 'Set-MimecastUser -ArchiveStartDate' {
    BeforeAll {
        New-MimecastUser -EmailAddress 'arch@example.com' | Out-Null
    }

    It "sends '<Cell>' in UTC as Mimecast writes it" -ForEach @(
        @{ Cell = '2024-01-31T09:30:00Z' }
        @{ Cell = '2024-01-31T10:30:00+01:00' }
        @{ Cell = '2024-01-31T09:30:00+0000' }
    ) {
        $run = Invoke-Captured { [pscustomobject]@{ EmailAddress = 'arch@example.com'; ArchiveStartDate = $Cell } | Set-MimecastUser }
        $run.Errors | Should -BeNullOrEmpty
        # The raw body: ConvertFrom-Json in PowerShell 7 would turn the text back into a DateTime.
        ($run.Debug -join "`n") | Should -Match '"archiveStartDate":"2024-01-31T09:30:00\+0000"'
    }
}

Describe 'Set-MimecastUser row errors' {
    BeforeAll {
        New-MimecastUser -EmailAddress 'ok@example.com' | Out-Null
    }

    It "makes <Column> = '<Value>' an error for that row naming the parameter and the value" -ForEach @(
        @{ Column = 'AccountLocked'; Value = 'maybe' }
        @{ Column = 'ArchiveStartDate'; Value = '31/01/2024' }
    ) {
        $rows = @([pscustomobject]@{ EmailAddress = 'bad@example.com'; $Column = $Value }, [pscustomobject]@{ EmailAddress = 'ok@example.com'; AccountLocked = 'no' })
        $run = Invoke-Captured { $rows | Set-MimecastUser }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].Exception.Message | Should -BeLike "*$Column*$Value*"
        $run.Errors[0].TargetObject.EmailAddress | Should -Be 'bad@example.com'
        $run.Output.EmailAddress | Should -Be 'ok@example.com'
    }

    It 'makes an unknown user an ObjectNotFound error for that row' {
        [pscustomobject]@{ EmailAddress = 'ghost@example.com'; AccountLocked = 'true' } | Set-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'err_user_not_found,MimecastPS.Commands.SetMimecastUserCommand*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a row with nothing to change without sending it' {
        $run = Invoke-Captured { [pscustomobject]@{ EmailAddress = 'idle@example.com'; AccountLocked = '' } | Set-MimecastUser }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'NothingToChange,*'
        Get-RequestCount $run '/api/user/update-user' | Should -Be 0
    }
}

Describe 'Re-running the failed rows of Set-MimecastUser' {
    It 'sends exactly the rows in $failed.TargetObject again' {
        New-MimecastUser -EmailAddress 'there@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'leavers.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,AccountDisabled', 'there@example.com,yes', 'late1@example.com,yes', 'late2@example.com,yes')
        Import-Csv $csv | Set-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        @($failed.TargetObject.EmailAddress) | Should -Be @('late1@example.com', 'late2@example.com')

        # What an admin does next: create the missing users, then send the failed rows again.
        foreach ($address in 'late1@example.com', 'late2@example.com') { New-MimecastUser -EmailAddress $address | Out-Null }
        $run = Invoke-Captured { $failed.TargetObject | Set-MimecastUser }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.EmailAddress | Should -Be @('late1@example.com', 'late2@example.com')
        @($run.Sent.emailAddress) | Should -Be @('late1@example.com', 'late2@example.com')
        (Get-MimecastUser -EmailAddress 'late2@example.com').AccountDisabled | Should -BeTrue
    }
}
