# Invoke-MimecastApi (the escape hatch) and Get-MimecastUser (checking what an import did).
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Invoke-MimecastApi' {
    BeforeAll {
        Connect-TestSandbox $sandbox -Api '1'
    }

    It 'reaches each of the five endpoints and writes their data items' {
        $run = Invoke-Captured {
            Invoke-MimecastApi /api/user/create-user -Data @{ emailAddress = 'inv@example.com'; name = 'Inv' }, @{ emailAddress = 'dlg@example.com' }
            Invoke-MimecastApi /api/user/update-user -Data @{ emailAddress = 'inv@example.com'; accountLocked = $true }
            Invoke-MimecastApi /api/user/update-alias -Data @{ aliasFor = 'inv@example.com'; alias = 'inv.alias@example.com' }
            Invoke-MimecastApi /api/user/add-delegate-user -Data @{ primaryAddress = 'inv@example.com'; delegateAddress = 'dlg@example.com' }
            Invoke-MimecastApi /api/account/create-account -Data @{ accountName = 'Acme'; addressLine1 = '1 Road'; city = 'Leeds'; state = 'WY'; postalCode = 'LS1'
                country = 'GB'; companyRegistrationNumber = '123'; maximumRetention = 30; contactEmail = 'it@acme.example'; contactName = 'IT'
                telephone = '+44 1'; numberOfUsers = 10; adminPassword = 'x-Pass-1'; products = @(9702) }
        }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 6
        $run.Output[0].emailAddress | Should -Be 'inv@example.com'
        $run.Output[2].accountLocked | Should -BeTrue
        $run.Output[3].alias | Should -Be 'inv.alias@example.com'
        $run.Output[4].success | Should -BeTrue
        $run.Output[5].accountCode | Should -Not -BeNullOrEmpty
        (Get-MimecastUser -EmailAddress 'inv@example.com').AccountLocked | Should -BeTrue
    }

    It 'turns fail entries into errors with the code first and the item as TargetObject' {
        $items = @(@{ emailAddress = 'ok@example.com' }, @{ emailAddress = 'broken' })
        $run = Invoke-Captured { Invoke-MimecastApi /api/user/create-user -Data $items }
        $run.Output.Count | Should -Be 1
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'err_validation_invalid_email_address,MimecastPS.Commands.InvokeMimecastApiCommand*'
        $run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $run.Errors[0].TargetObject.emailAddress | Should -Be 'broken'
    }

    It 'sends nothing under -WhatIf' {
        $run = Invoke-Captured { Invoke-MimecastApi /api/user/create-user -Data @{ emailAddress = 'whatif@example.com' } -WhatIf }
        Get-RequestCount $run '/api/user/create-user' | Should -Be 0
        Get-MimecastUser -EmailAddress 'whatif@example.com' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Paging' {
    BeforeAll {
        $pagedSandbox = Start-TestSandbox -ArgumentList @('--users', '250', '--internal-domains', 'seeded.example,example.com')
        Connect-TestSandbox $pagedSandbox -Api '2'
    }

    AfterAll {
        Stop-TestSandbox $pagedSandbox
    }

    It 'Invoke-MimecastApi -All follows the page tokens to the last page' {
        $pages = Invoke-MimecastApi /api/user/get-internal-users -Meta @{ pagination = @{ pageSize = 100 } } -All
        @($pages).Count | Should -Be 3
        ($pages | ForEach-Object { @($_.users).Count } | Measure-Object -Sum).Sum | Should -Be 250
    }

    It 'Invoke-MimecastApi -Raw gives the envelope with its pagination' {
        $envelope = Invoke-MimecastApi /api/user/get-internal-users -Meta @{ pagination = @{ pageSize = 100 } } -Raw
        @($envelope).Count | Should -Be 1
        $envelope.meta.pagination | Should -Not -BeNullOrEmpty
    }

    It 'Get-MimecastUser after an import returns exactly the imported users, over several pages' {
        $csv = Join-Path $TestDrive 'hires.csv'
        $addresses = @(1..120 | ForEach-Object { 'hire{0:D3}@example.com' -f $_ })
        Write-TestFile -Path $csv -Lines (@('EmailAddress,Name') + @($addresses | ForEach-Object { "$_,Hire" }))
        Import-Csv $csv | New-MimecastUser | Out-Null
        $run = Invoke-Captured { Get-MimecastUser -Domain example.com -PageSize 50 }
        $run.Errors | Should -BeNullOrEmpty
        @($run.Output.EmailAddress | Sort-Object) | Should -Be $addresses
        Get-RequestCount $run '/api/user/get-internal-users' | Should -BeGreaterOrEqual 3
    }

    It 'Get-MimecastUser takes addresses from the pipeline and fails the one it cannot find' {
        $rows = [pscustomobject]@{ EmailAddress = 'user0007@seeded.example' }, [pscustomobject]@{ EmailAddress = 'missing@example.com' }
        $run = Invoke-Captured { $rows | Get-MimecastUser }
        $run.Output.Name | Should -Be 'User 0007'
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'UserNotFound,*'
    }
}
