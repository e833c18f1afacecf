# Secrets never show in what -Verbose and -Debug write, nor in outputs and error messages.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Verbose and Debug output' {
    BeforeAll {
        $c = $SandboxCredentials
        $run = Invoke-Captured {
            Connect-Mimecast -BaseUri $sandbox.BaseUri -ClientId $c.ClientId -ClientSecret $c.ClientSecret -PassThru
            New-MimecastUser -EmailAddress 'exists@example.com'
            @([pscustomobject]@{ EmailAddress = 'exists@example.com'; Password = 'Row-Pa55word' },
                [pscustomobject]@{ EmailAddress = 'fresh@example.com'; Password = 'Row-Pa55word' }) | New-MimecastUser
            Invoke-MimecastApi /api/user/get-internal-users
        }
        # Everything a user could read, except the rendered row of an error record (its TargetObject is the
        # row as given, password included, by design of re-runs).
        $text = @(
            $run.Verbose
            $run.Debug
            $run.Warnings
            $run.Output | Out-String -Width 300
            $run.Output | Format-List * | Out-String -Width 300
            $run.Errors | ForEach-Object { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.ErrorDetails }
        ) -join "`n"
    }

    It 'shows one line per request and the bodies, so the test means something' {
        $run.Verbose | Should -Contain ($run.Verbose | Where-Object { $_ -like 'POST /api/user/create-user items=2 status=200*' })
        $run.Debug -join "`n" | Should -Match '"password":"\*\*\*"'
        $run.Errors.Count | Should -Be 1
    }

    It 'never shows the client secret' {
        $text | Should -Not -Match ([regex]::Escape($SandboxCredentials.ClientSecret))
    }

    It "never shows a row's password" {
        $text | Should -Not -Match 'Row-Pa55word'
    }

    It 'never shows a bearer token' {
        $text | Should -Not -Match 'Bearer '
        $text | Should -Not -Match 'access_token'
    }
}
