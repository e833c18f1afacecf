# Whole-file mistakes told as what they are, and a dry run that needs no tenant.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Columns and encodings' {
    BeforeEach {
        Connect-TestSandbox $sandbox
    }

    It 'names, once per run, each column no parameter takes, with the parameter it was probably meant for' {
        $csv = Join-Path $TestDrive 'typos.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name ,Departmnet,Office', 'typo.one@example.com,One,Sales,HQ', 'typo.two@example.com,Two,Sales,HQ')
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser }
        $run.Errors | Should -BeNullOrEmpty
        $run.Warnings | Should -Be @("No parameter takes the columns 'Name ' (did you mean Name?), 'Departmnet', 'Office': they were ignored.")
    }

    It 'names two columns that give one parameter with different values, and the one PowerShell used' {
        $csv = Join-Path $TestDrive 'two-addresses.csv'
        Write-TestFile -Path $csv -Lines @('UserPrincipalName,Mail', 'upn.one@example.com,mail.one@example.com', 'same.two@example.com,same.two@example.com')
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser }
        $run.Output.EmailAddress | Should -Be @('mail.one@example.com', 'same.two@example.com')
        $run.Warnings | Should -Be @("Columns 'Mail' and 'UserPrincipalName' both give -EmailAddress and differ in some rows: 'Mail' was used (the parameter's own name wins, then its aliases in this order: Email, Mail, PrimarySmtpAddress, UserPrincipalName).")
    }

    It 'sends nothing of an alias row with one address that is not one, and says which' {
        New-MimecastUser -EmailAddress 'owner.list@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'aliases.csv'
        Write-TestFile -Path $csv -Lines @('AliasFor,Alias', 'owner.list@example.com,good.one@example.com;not an address;good.two@example.com')
        $run = Invoke-Captured { Import-Csv $csv | Set-MimecastAlias }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].Exception.Message | Should -Be "owner.list@example.com: -Alias 'not an address' is not an email address; nothing of this row was sent."
        @($run.Sent).Count | Should -Be 0
    }

    It 'refuses a row of an ANSI file read as UTF-8, naming Import-Csv -Encoding, and sends nothing for it' {
        $csv = Join-Path $TestDrive 'ansi.csv'
        Write-TestFile -Path $csv -Encoding Windows1252 -Lines @('EmailAddress,Name', 'ansi.plain@example.com,Plain', 'ansi.zoe@example.com,Zoë Ångström')
        $run = Invoke-Captured { Import-Csv $csv -Encoding utf8 | New-MimecastUser }
        $run.Output.EmailAddress | Should -Be @('ansi.plain@example.com')
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'MisdecodedText,*'
        $run.Errors[0].Exception.Message | Should -BeLike "ansi.zoe@example.com: column 'Name'*Import-Csv -Encoding*"
        @($run.Sent | Where-Object { $_.emailAddress -eq 'ansi.zoe@example.com' }).Count | Should -Be 0
    }
}

Describe '-WhatIf without a tenant' {
    It 'needs no Connect-Mimecast, shows every field each row would send with the password masked, and sends nothing' {
        $csv = Join-Path $TestDrive 'dry.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name,Password,ForcePasswordChange', 'dry.one@example.com,Dry One,Dry-Secret-1,yes', 'not-an-address,Bad,,')
        $script = Join-Path $TestDrive 'dry-run.ps1'
        Set-Content -LiteralPath $script -Value @"
Import-Module '$ModuleFolder'
Import-Csv '$csv' | New-MimecastUser -WhatIf -ErrorVariable failed -ErrorAction SilentlyContinue
`$failed | ForEach-Object { 'FAILED ' + `$_.FullyQualifiedErrorId.Split(',')[0] }
"@
        $run = Invoke-TestScript -Path $script
        $run.ExitCode | Should -Be 0
        $whatIf = @($run.Output | Where-Object { $_ -like 'What if:*' })
        $whatIf.Count | Should -Be 1
        $whatIf[0] | Should -BeLike '*"Create Mimecast user"*dry.one@example.com (name="Dry One", password="`*`*`*", forcePasswordChange=true)*'
        $run.Output | Should -Contain 'FAILED InvalidEmailAddress'
        ($run.Output -join "`n") | Should -Not -Match 'Dry-Secret-1'
    }
}
