# Set-MimecastAlias, Add-MimecastDelegate and New-MimecastAccount, fed as users feed them.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Set-MimecastAlias' {
    BeforeAll {
        Connect-TestSandbox $sandbox -Api '1'
        New-MimecastUser -EmailAddress 'owner@example.com' -Name 'Owner' | Out-Null
    }

    It 'adds every alias of a list cell and fails the row whose owner does not exist' {
        $csv = Join-Path $TestDrive 'aliases.csv'
        Write-TestFile -Path $csv -Lines @('PrimaryAddress,Alias', 'owner@example.com,"o.one@example.com; o.two@example.com"', 'nobody@example.com,n.one@example.com')
        $aliases = Import-Csv $csv | Set-MimecastAlias -ErrorVariable failed -ErrorAction SilentlyContinue
        @($aliases | ForEach-Object { $_.Alias }) | Should -Be @('o.one@example.com', 'o.two@example.com')
        $aliases | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastAlias]) }
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'err_alias_owner_not_found,MimecastPS.Commands.SetMimecastAliasCommand*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject.PrimaryAddress | Should -Be 'nobody@example.com'
    }

    It 'succeeds for the failed row when it is sent again after its owner was created' {
        Import-Csv (Join-Path $TestDrive 'aliases.csv') | Set-MimecastAlias -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        New-MimecastUser -EmailAddress 'nobody@example.com' | Out-Null
        $again = $failed.TargetObject | Set-MimecastAlias
        @($again | ForEach-Object { $_.Alias }) | Should -Be @('n.one@example.com')
    }
}

Describe 'Add-MimecastDelegate' {
    BeforeAll {
        Connect-TestSandbox $sandbox -Api '2'
        foreach ($address in 'boss@example.com', 'pa@example.com', 'deputy@example.com') { New-MimecastUser -EmailAddress $address | Out-Null }
    }

    It 'gives each delegate of a list cell its outcome, and a refused one is an error that names the pair' {
        $row = [pscustomobject]@{ PrimaryAddress = 'boss@example.com'; DelegateAddress = 'pa@example.com,boss@example.com,deputy@example.com' }
        $run = Invoke-Captured { $row | Add-MimecastDelegate }
        @($run.Output | ForEach-Object { $_.DelegateAddress }) | Should -Be @('pa@example.com', 'deputy@example.com')
        $run.Output | ForEach-Object { $_.Id | Should -Not -BeNullOrEmpty }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'DelegateNotApplied,*'
        $run.Errors[0].Exception.Message | Should -BeLike '*boss@example.com -> boss@example.com*'
    }
}

Describe 'New-MimecastAccount' {
    BeforeAll {
        Connect-TestSandbox $sandbox -Api '1'
        $goodAccount = [ordered]@{
            AccountName = 'Acme'; AddressLine1 = '1 Road'; City = 'Leeds'; State = 'WY'; PostalCode = 'LS1 1AA'; Country = 'gb'
            CompanyRegistrationNumber = '0123'; MaximumRetention = '365'; ContactEmail = 'it@acme.example'; ContactName = 'IT'; Telephone = '+44 1'
            NumberOfUsers = '25'; EstimatedUserCount = ''; AdminRole = 'full_admin'; AdminPassword = 'Adm1n-Pass'; ForcePasswordChange = ''; PrimaryDomain = ''
            MailPlatform = 'office_365'; UmbrellaAccounts = ''; Products = '9702;9703'
        }
        function New-AccountRow {
            param([hashtable] $Change = @{})
            $row = [ordered]@{}
            foreach ($key in $goodAccount.Keys) { $row[$key] = $goodAccount[$key] }
            foreach ($key in $Change.Keys) { $row[$key] = $Change[$key] }
            return [pscustomobject] $row
        }
    }

    It 'sends lists, numbers and choices from text cells and leaves empty cells out' {
        $run = Invoke-Captured { New-AccountRow | New-MimecastAccount -Confirm:$false }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 1
        $run.Output[0] | Should -BeOfType ([MimecastPS.MimecastAccount])
        $run.Output[0].AccountCode | Should -Not -BeNullOrEmpty
        $sent = $run.Sent[0]
        @($sent.products) | Should -Be @(9702, 9703)
        $sent.maximumRetention | Should -Be 365
        $sent.country | Should -Be 'GB'
        $sent.PSObject.Properties.Name | Should -Not -Contain 'forcePasswordChange'
        $sent.PSObject.Properties.Name | Should -Not -Contain 'umbrellaAccounts'
        $sent.PSObject.Properties.Name | Should -Not -Contain 'estimatedUserCount'
    }

    It 'refuses <Field> = "<Value>" as <ErrorId> before sending' -ForEach @(
        @{ Field = 'MaximumRetention'; Value = '0'; ErrorId = 'ValueOutOfRange' }
        @{ Field = 'MaximumRetention'; Value = '1000000'; ErrorId = 'ValueOutOfRange' }
        @{ Field = 'AdminRole'; Value = 'superuser'; ErrorId = 'InvalidChoice' }
        @{ Field = 'MailPlatform'; Value = 'notes'; ErrorId = 'InvalidChoice' }
        @{ Field = 'Country'; Value = 'GBR'; ErrorId = 'InvalidCountryCode' }
        @{ Field = 'City'; Value = ''; ErrorId = 'MissingRequiredValue' }
        @{ Field = 'Products'; Value = ''; ErrorId = 'MissingRequiredValue' }
        @{ Field = 'ContactEmail'; Value = 'it'; ErrorId = 'InvalidEmailAddress' }
    ) {
        $run = Invoke-Captured { New-AccountRow @{ $Field = $Value } | New-MimecastAccount -Confirm:$false }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,MimecastPS.Commands.NewMimecastAccountCommand*"
        $run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-RequestCount $run '/api/account/create-account' | Should -Be 0
    }

    It 'makes <Field> = "<Value>" an error for the row that names the parameter' -ForEach @(
        @{ Field = 'NumberOfUsers'; Value = 'many' }
        @{ Field = 'Products'; Value = '9702;abc' }
        @{ Field = 'ForcePasswordChange'; Value = 'perhaps' }
    ) {
        $run = Invoke-Captured { New-AccountRow @{ $Field = $Value } | New-MimecastAccount -Confirm:$false }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].Exception.Message | Should -BeLike "*$Field*"
        $run.Errors[0].TargetObject.AccountName | Should -Be 'Acme'
        Get-RequestCount $run '/api/account/create-account' | Should -Be 0
    }
}

Describe 'Expired API 1.0 keys' {
    BeforeAll {
        $expiredSandbox = Start-TestSandbox -ArgumentList @('--binding-expired')
        $c = $SandboxCredentials
        Connect-Mimecast -BaseUri $expiredSandbox.BaseUri -AccessKey $c.AccessKey -SecretKey $c.SecretKey -AppId $c.AppId -AppKey $c.AppKey -SkipValidation
    }

    AfterAll {
        Stop-TestSandbox $expiredSandbox
    }

    It 'end the command at the first answer with what to do' {
        # A holder, not a variable: the catch block runs in Invoke-Captured's child scope.
        $caught = @{}
        $run = Invoke-Captured {
            try { 1..5 | ForEach-Object { [pscustomobject]@{ EmailAddress = ('e{0}@example.com' -f $_) } } | New-MimecastUser -BatchSize 1 -ThrottleLimit 1 }
            catch { $caught.Error = $_ }
        }
        $caught.Error.FullyQualifiedErrorId | Should -BeLike 'err_xdk_binding_expired,*'
        $caught.Error.Exception.Message | Should -BeLike '*create new keys*'
        Get-RequestCount $run '/api/user/create-user' | Should -Be 1
    }
}
