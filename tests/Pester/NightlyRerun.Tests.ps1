# A scheduled import runs every night on the same HR files. The second night must end without errors for rows
# that are already in place, and say of each row whether it changed something or was already so.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox

    $files = @{
        users     = Join-Path $TestDrive 'users.csv'
        aliases   = Join-Path $TestDrive 'aliases.csv'
        delegates = Join-Path $TestDrive 'delegates.csv'
        members   = Join-Path $TestDrive 'members.csv'
    }
    Write-TestFile -Path $files.users -Lines @(
        'EmailAddress,Name,Password,ForcePasswordChange'
        'nr.ann@example.com,Ann,Night-Pa55-ann,TRUE'
        'nr.bob@example.com,Bob,,'
        'nr.cy@example.com,,,no'
    )
    Write-TestFile -Path $files.aliases -Lines @(
        'AliasFor,Alias'
        'nr.ann@example.com,"nr.a1@example.com;nr.a2@example.com"'
        'nr.bob@example.com,nr.b1@example.com'
    )
    Write-TestFile -Path $files.delegates -Lines @(
        'PrimaryAddress,DelegateAddress'
        'nr.ann@example.com,nr.bob@example.com'
        'nr.cy@example.com,"nr.ann@example.com;nr.bob@example.com"'
    )
    Write-TestFile -Path $files.members -Lines @(
        'Group,EmailAddress'
        'Finance,nr.ann@example.com'
        'Sales,nr.bob@example.com'
        'All Staff,nr.cy@example.com'
    )

    # The four imports in the order a nightly script runs them (users first: the others need them).
    function Invoke-NightlyImport {
        param([hashtable] $Options = @{})
        $runs = [ordered]@{}
        $runs.users = Invoke-Captured { Import-Csv $files.users | New-MimecastUser @Options }
        $runs.aliases = Invoke-Captured { Import-Csv $files.aliases | Set-MimecastAlias @Options }
        $runs.delegates = Invoke-Captured { Import-Csv $files.delegates | Add-MimecastDelegate @Options }
        $runs.members = Invoke-Captured { Import-Csv $files.members | Add-MimecastGroupMember @Options }
        return $runs
    }

    $firstNight = Invoke-NightlyImport
    $secondNight = Invoke-NightlyImport @{ IfExists = 'Skip' }
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'A nightly re-run of the same files with -IfExists Skip' {
    It 'the first night applies every row of the <File> file' -ForEach @(
        @{ File = 'users'; Status = 'Created'; Count = 3 }
        @{ File = 'aliases'; Status = 'Added'; Count = 3 }
        @{ File = 'delegates'; Status = 'Added'; Count = 3 }
        @{ File = 'members'; Status = 'Added'; Count = 3 }
    ) {
        $firstNight[$File].Errors | Should -BeNullOrEmpty
        @($firstNight[$File].Output | ForEach-Object { [string] $_.Status }) | Should -Be @(1..$Count | ForEach-Object { $Status })
    }

    It 'the second night ends with no error for the <File> file, one output per row' -ForEach @(
        @{ File = 'users'; Count = 3 }
        @{ File = 'aliases'; Count = 3 }
        @{ File = 'delegates'; Count = 3 }
        @{ File = 'members'; Count = 3 }
    ) {
        $secondNight[$File].Errors | Should -BeNullOrEmpty
        $secondNight[$File].Output.Count | Should -Be $Count
    }

    It 'the second night reports every row of the <File> file as AlreadyPresent' -ForEach @(
        @{ File = 'users' }
        @{ File = 'members' }
    ) {
        @($secondNight[$File].Output | ForEach-Object { [string] $_.Status }) | Should -Be @('AlreadyPresent', 'AlreadyPresent', 'AlreadyPresent')
    }

    It 'the second night reports every row of the <File> file as AlreadyPresent' -ForEach @(
        @{ File = 'aliases' }
        @{ File = 'delegates' }
    ) {
        @($secondNight[$File].Output | ForEach-Object { [string] $_.Status }) | Should -Be @('AlreadyPresent', 'AlreadyPresent', 'AlreadyPresent')
    }

    It 'the second night changes nothing: the directory reads as after the first' {
        (Get-MimecastUser -EmailAddress 'nr.ann@example.com').Name | Should -Be 'Ann'
        @(Get-MimecastAlias 'nr.ann@example.com' | ForEach-Object { $_.Alias }) | Should -Be @('nr.a1@example.com', 'nr.a2@example.com')
        @(Get-MimecastDelegate 'nr.cy@example.com' | ForEach-Object { $_.DelegateAddress }) | Should -Be @('nr.ann@example.com', 'nr.bob@example.com')
        @(Get-MimecastGroupMember -Group Sales | ForEach-Object { $_.EmailAddress }) | Should -Be @('nr.bob@example.com')
    }

    It 'still fails a row under -IfExists Skip when its alias belongs to another user' {
        $run = Invoke-Captured { [pscustomobject]@{ AliasFor = 'nr.cy@example.com'; Alias = 'nr.a1@example.com' } | Set-MimecastAlias -IfExists Skip }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'err_alias_already_exists,*'
    }
}

Describe 'New-MimecastUser -IfExists Update' {
    BeforeAll {
        $csv = Join-Path $TestDrive 'users-renamed.csv'
        Write-TestFile -Path $csv -Lines @(
            'EmailAddress,Name'
            'nr.bob@example.com,Robert Renamed'
            'nr.cy@example.com,'
            'nr.dee@example.com,Dee'
        )
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser -IfExists Update }
    }

    It 'changes the name of an existing user, creates a new one, and leaves a row with nothing to change as it is' {
        $run.Errors | Should -BeNullOrEmpty
        Get-OutcomeSummary $run -Key EmailAddress | Should -Be @(
            'nr.bob@example.com: Updated'
            'nr.cy@example.com: AlreadyPresent'
            'nr.dee@example.com: Created'
        )
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastUser]) }
    }

    It 'sends the change with update-user, which Get-MimecastUser then shows' {
        Get-RequestCount $run '/api/user/update-user' | Should -Be 1
        (Get-MimecastUser -EmailAddress 'nr.bob@example.com').Name | Should -Be 'Robert Renamed'
        (Get-MimecastUser -EmailAddress 'nr.dee@example.com').Name | Should -Be 'Dee'
    }
}
