# Cells that cannot be read as their parameter's type, whole files read the wrong way, and input that is not a CSV
# row: each is the error of its own row, in its place in the output, and says what to do.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox -Api 1
    'cell.one@example.com', 'cell.two@example.com', 'cell.three@example.com' | New-MimecastUser | Out-Null
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'A cell that cannot be read' {
    It 'is its row''s error in its place in the output, and nothing of that row is sent' {
        $csv = Join-Path $TestDrive 'words.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,AccountLocked,ArchiveStartDate', 'cell.one@example.com,yes,', 'cell.two@example.com,maybe,', 'cell.three@example.com,no,31/01/2024')
        $run = Invoke-Captured { Import-Csv $csv | Set-MimecastUser -BatchSize 10 }
        $order = @($run.Outcomes | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error ' + $_.FullyQualifiedErrorId.Split(',')[0] } else { 'ok ' + $_.EmailAddress } })
        $order | Should -Be @('ok cell.one@example.com', 'error InvalidCellValue', 'error InvalidCellValue')
        $run.Errors[0].Exception.Message | Should -Be "cell.two@example.com: column 'AccountLocked': 'maybe' is not a yes/no value: use true or false, yes or no, y or n, 1 or 0 (any case), or leave the cell empty to leave the setting unchanged. Nothing of this row was sent."
        $run.Errors[1].Exception.Message | Should -BeLike "cell.three@example.com: column 'ArchiveStartDate': '31/01/2024' is not an ISO 8601 date*"
        @($run.Sent.emailAddress) | Should -Be @('cell.one@example.com')
    }

    It 'stops -ErrorAction Stop at the first failing row in file order, keeping what rows sent in the same batch did' {
        $csv = Join-Path $TestDrive 'stop.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,AllowPop', 'cell.one@example.com,yes', 'cell.two@example.com,perhaps', 'cell.three@example.com,yes')
        $written = @(try { Import-Csv $csv | Set-MimecastUser -ErrorAction Stop | ForEach-Object { $_.EmailAddress } } catch { 'STOPPED ' + $_.Exception.Message })
        $written.Count | Should -Be 2
        $written[0] | Should -Be 'cell.one@example.com'
        $written[1] | Should -BeLike "STOPPED *column 'AllowPop': 'perhaps' is not a yes/no value*"
        (Get-MimecastUser -EmailAddress 'cell.one@example.com').AllowPop | Should -BeTrue
        # The row after it went in the same batch as the first: its outcome is kept, not lost.
        @($MimecastStoppedRun.Succeeded.EmailAddress) | Should -Be @('cell.three@example.com')
    }

    It 'refuses <Cell> in the number column <Column> and names both' -ForEach @(
        @{ Column = 'NumberOfUsers'; Cell = 'twenty'; Problem = "'twenty' is not a whole number." }
        @{ Column = 'MaximumRetention'; Cell = '12.5'; Problem = "'12.5' is not a whole number." }
        @{ Column = 'NumberOfUsers'; Cell = '1e3'; Problem = "'1e3' is not a whole number." }
        @{ Column = 'Products'; Cell = '9702;abc'; Problem = "'abc' in '9702;abc' is not a whole number." }
    ) {
        $row = [ordered]@{ AccountName = 'Numbers Ltd'; AddressLine1 = '1 Road'; City = 'Town'; State = 'Shire'; PostalCode = 'AB1 2CD'; Country = 'GB'
            CompanyRegistrationNumber = '123'; MaximumRetention = '30'; ContactEmail = 'c@numbers.example'; ContactName = 'C'; Telephone = '1'
            NumberOfUsers = '5'; AdminPassword = 'Adm1n-Secret!'; Products = '9702' }
        $row[$Column] = $Cell
        $run = Invoke-Captured { [pscustomobject]$row | New-MimecastAccount -Confirm:$false }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidCellValue,*'
        $run.Errors[0].Exception.Message | Should -Be "Numbers Ltd: column '$Column': $Problem Nothing of this row was sent."
        @($run.Sent).Count | Should -Be 0
    }

    It 'on the command line ends the command at once' {
        { Set-MimecastUser -EmailAddress 'cell.one@example.com' -AccountLocked 'maybe' -ErrorAction Stop } | Should -Throw "'maybe' is not a yes/no value*"
    }
}

Describe 'Whole files and other input' {
    It 'names a semicolon file read without -Delimiter for each row, and says what to do' {
        $csv = Join-Path $TestDrive 'semicolon.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress;Name', 'semi.a@example.com;A', 'semi.b@example.com;B')
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser }
        $run.Errors.Count | Should -Be 2
        $run.Errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'MissingColumn,*' }
        $run.Errors[0].Exception.Message | Should -BeLike "*read it with Import-Csv -Delimiter ';'*"
        @($run.Sent).Count | Should -Be 0
    }

    It 'binds plain addresses piped in, as Get-Content reads them' {
        $list = Join-Path $TestDrive 'leavers.txt'
        Write-TestFile -Path $list -Lines @('cell.two@example.com', 'cell.three@example.com')
        $changed = Get-Content $list | Set-MimecastUser -AccountDisabled $true
        $changed.EmailAddress | Should -Be @('cell.two@example.com', 'cell.three@example.com')
        (Get-MimecastUser -EmailAddress 'cell.three@example.com').AccountDisabled | Should -BeTrue
    }

    It 'sends only what was asked for when a user read with Get-MimecastUser is piped in' {
        Set-MimecastUser -EmailAddress 'cell.one@example.com' -AccountLocked $true | Out-Null
        $run = Invoke-Captured { Get-MimecastUser -EmailAddress 'cell.one@example.com' | Set-MimecastUser -AllowSmtp $true }
        $run.Errors | Should -BeNullOrEmpty
        $update = @($run.Sent | Where-Object { $null -eq $_.query })
        @($update[0].PSObject.Properties.Name) | Should -Be @('emailAddress', 'allowSmtp')
        (Get-MimecastUser -EmailAddress 'cell.one@example.com').AccountLocked | Should -BeTrue
    }

    It 'needs no column for a required parameter given on the command line' {
        $csv = Join-Path $TestDrive 'members.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress', 'cell.one@example.com', 'cell.two@example.com')
        $run = Invoke-Captured { Import-Csv $csv | Add-MimecastGroupMember -Group Finance -IfExists Skip }
        $run.Errors | Should -BeNullOrEmpty
        @($run.Output.EmailAddress) | Should -Be @('cell.one@example.com', 'cell.two@example.com')
    }
}
