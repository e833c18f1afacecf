# What the default views look like in the widths users have: 80 (pwsh -File with redirected output) and 120
# (the Windows console).
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
    $users = @(
        [pscustomobject]@{ EmailAddress = 'margaret.longname-smithson@example.com'; Name = 'Margaret Longname-Smithson' }
        [pscustomobject]@{ EmailAddress = 'al@example.com'; Name = 'Al' }
    ) | New-MimecastUser
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'The MimecastUser views at <Width> columns' -ForEach @(
    @{ Width = 80 }
    @{ Width = 120 }
) {
    It 'fit every line of the table in the width' {
        $lines = ($users | Out-String -Width $Width) -split "`r?`n"
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual $Width }
    }

    It 'show every address whole in the table' {
        $table = $users | Out-String -Width $Width
        $table | Should -Match ([regex]::Escape('margaret.longname-smithson@example.com'))
        $table | Should -Match 'al@example\.com'
    }

    It 'show every property and the whole Id in the list view' {
        $list = $users[0] | Format-List | Out-String -Width $Width
        foreach ($property in 'EmailAddress', 'Id', 'Name', 'Domain', 'AccountLocked', 'AccountDisabled', 'AllowPop', 'AllowSmtp', 'PasswordNeverExpires', 'ForcePasswordChange') {
            $list | Should -Match "(?m)^$property\s*:"
        }
        $list | Should -Match ([regex]::Escape($users[0].Id))
    }
}
