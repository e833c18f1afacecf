BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'New-MimecastUser from a CSV file' -ForEach @(
    @{ Api = '1'; Prefix = 'k' }
    @{ Api = '2'; Prefix = 'o' }
) {
    BeforeAll {
        Connect-TestSandbox $sandbox -Api $Api
        $csv = Join-Path $TestDrive "new-$Prefix.csv"
        Write-TestFile -Path $csv -Lines @(
            'EmailAddress,Name,Password,AccountCode,ForcePasswordChange'
            "$Prefix.ann@example.com,Ann,P@ss-1,,TRUE"
            "$Prefix.bob@example.com,,,,"
            "$Prefix.cy@example.com,Cy,,,no"
        )
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser }
    }

    It 'gives every row one MimecastUser in input order (API <Api>)' {
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.EmailAddress | Should -Be @("$Prefix.ann@example.com", "$Prefix.bob@example.com", "$Prefix.cy@example.com")
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastUser]) }
    }

    It 'never sends an empty cell (API <Api>)' {
        @($run.Sent[0].PSObject.Properties.Name) | Should -Be @('emailAddress', 'name', 'password', 'forcePasswordChange')
        @($run.Sent[1].PSObject.Properties.Name) | Should -Be @('emailAddress')
        @($run.Sent[2].PSObject.Properties.Name) | Should -Be @('emailAddress', 'name', 'forcePasswordChange')
    }

    It 'leaves users that Get-MimecastUser finds as the file said (API <Api>)' {
        $ann = Get-MimecastUser -EmailAddress "$Prefix.ann@example.com"
        $ann.Name | Should -Be 'Ann'
        $ann.ForcePasswordChange | Should -BeTrue
        (Get-MimecastUser -EmailAddress "$Prefix.cy@example.com").ForcePasswordChange | Should -BeFalse
    }
}

Describe 'New-MimecastUser row outcomes' {
    BeforeAll {
        Connect-TestSandbox $sandbox
    }

    It 'binds the address from a <Column> column and the name from DisplayName' -ForEach @(
        @{ Column = 'Email' }
        @{ Column = 'Mail' }
        @{ Column = 'PrimarySmtpAddress' }
        @{ Column = 'UserPrincipalName' }
    ) {
        $address = "alias.$($Column.ToLowerInvariant())@example.com"
        $csv = Join-Path $TestDrive "alias-$Column.csv"
        Write-TestFile -Path $csv -Lines @("$Column,DisplayName", "$address,Dee $Column")
        $created = Import-Csv $csv | New-MimecastUser
        $created.EmailAddress | Should -Be $address
        (Get-MimecastUser -EmailAddress $address).Name | Should -Be "Dee $Column"
    }

    It 'refuses an invalid address before sending, trims spaces, and goes on with the other rows' {
        $run = Invoke-Captured {
            @([pscustomobject]@{ EmailAddress = 'not-an-address' }, [pscustomobject]@{ EmailAddress = '  eve@example.com  ' }) | New-MimecastUser
        }
        $run.Output.EmailAddress | Should -Be 'eve@example.com'
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidEmailAddress,MimecastPS.Commands.NewMimecastUserCommand*'
        $run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $run.Errors[0].TargetObject.EmailAddress | Should -Be 'not-an-address'
        @($run.Sent.emailAddress) | Should -Be @('eve@example.com')
    }

    It "puts Mimecast's code first in the error id, with the row as TargetObject and a fitting category" {
        New-MimecastUser -EmailAddress 'taken@example.com' | Out-Null
        $rows = @(
            [pscustomobject]@{ EmailAddress = 'taken@example.com' }
            [pscustomobject]@{ EmailAddress = 'new@example.com' }
            [pscustomobject]@{ EmailAddress = 'out@elsewhere.org' }
        )
        $created = $rows | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue
        $created.EmailAddress | Should -Be 'new@example.com'
        $failed.Count | Should -Be 2
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'err_user_already_exists,MimecastPS.Commands.NewMimecastUserCommand*'
        $failed[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failed[0].Exception.Message | Should -BeLike '*taken@example.com*err_user_already_exists*'
        $failed[0].TargetObject.EmailAddress | Should -Be 'taken@example.com'
        $failed[1].FullyQualifiedErrorId | Should -BeLike 'err_domain_not_internal,*'
        $failed[1].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'stops at the first failed row under -ErrorAction Stop' {
        $rows = @(
            [pscustomobject]@{ EmailAddress = 'stop1@example.com' }
            [pscustomobject]@{ EmailAddress = 'bad' }
            [pscustomobject]@{ EmailAddress = 'stop3@example.com' }
        )
        { $rows | New-MimecastUser -BatchSize 1 -ThrottleLimit 1 -ErrorAction Stop } | Should -Throw '*bad*'
        Get-MimecastUser -EmailAddress 'stop1@example.com' | Should -Not -BeNullOrEmpty
        Get-MimecastUser -EmailAddress 'stop3@example.com' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'sends nothing under -WhatIf' {
        $run = Invoke-Captured {
            @([pscustomobject]@{ EmailAddress = 'w1@example.com' }, [pscustomobject]@{ EmailAddress = 'w2@example.com' }) | New-MimecastUser -WhatIf
        }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        Get-RequestCount $run '/api/user/create-user' | Should -Be 0
        Get-MimecastUser -EmailAddress 'w1@example.com' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'makes a bad yes/no word an error for that row, naming the parameter and the value, and goes on' {
        $run = Invoke-Captured {
            @([pscustomobject]@{ EmailAddress = 'm1@example.com'; ForcePasswordChange = 'maybe' },
                [pscustomobject]@{ EmailAddress = 'm2@example.com'; ForcePasswordChange = 'Yes' }) | New-MimecastUser
        }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].Exception.Message | Should -BeLike '*ForcePasswordChange*maybe*'
        $run.Errors[0].TargetObject.EmailAddress | Should -Be 'm1@example.com'
        @($run.Sent.emailAddress) | Should -Be @('m2@example.com')
        $run.Sent[0].forcePasswordChange | Should -BeTrue
    }
}

Describe 'New-MimecastUser when rows finish out of order' {
    BeforeAll {
        # Some answers come late, so later batches finish first.
        $slowSandbox = Start-TestSandbox -ArgumentList @('--latency-ms', '20', '--slow-rate', '0.3', '--slow-ms', '300')
        Connect-TestSandbox $slowSandbox
    }

    AfterAll {
        Stop-TestSandbox $slowSandbox
    }

    It 'still writes the output in input order' {
        $addresses = 0..59 | ForEach-Object { 'order{0:D3}@example.com' -f $_ }
        $run = Invoke-Captured { $addresses | ForEach-Object { [pscustomobject]@{ EmailAddress = $_ } } | New-MimecastUser -BatchSize 3 -ThrottleLimit 8 }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.EmailAddress | Should -Be $addresses
        # The test means something only if some answers were late, so that later batches finished first.
        $slow = @($run.Verbose | Where-Object { $_ -match ' (\d+) ms ' -and [int]$Matches[1] -ge 300 })
        $slow.Count | Should -BeGreaterThan 0
    }
}

Describe 'New-MimecastUser without a session' {
    BeforeAll {
        Disconnect-Mimecast
    }

    It 'ends the command with a message that says to connect' {
        $caught = $null
        # try/catch catches only terminating errors: a row error would pass through it.
        try { [pscustomobject]@{ EmailAddress = 'x@example.com' } | New-MimecastUser } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'NoMimecastSession,MimecastPS.Commands.NewMimecastUserCommand'
        $caught.Exception.Message | Should -BeLike '*Connect-Mimecast*'
    }
}
