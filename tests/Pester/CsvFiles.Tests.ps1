# CSV files as Excel, HR systems and AD exports write them, through the real Import-Csv.
# Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a script without one as ANSI (Compatibility.Tests.ps1 checks).
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'CSV files in the encodings and shapes admins have' {
    It 'imports a <Encoding> file with <Ending> line ends and non-ASCII names' -ForEach @(
        @{ Encoding = 'Utf8'; Ending = 'CRLF'; NewLine = "`r`n" }
        @{ Encoding = 'Utf8Bom'; Ending = 'CRLF'; NewLine = "`r`n" }
        @{ Encoding = 'Utf8'; Ending = 'LF'; NewLine = "`n" }
        @{ Encoding = 'Utf8Bom'; Ending = 'LF'; NewLine = "`n" }
    ) {
        $tag = "$Encoding-$Ending".ToLowerInvariant()
        $csv = Join-Path $TestDrive "names-$tag.csv"
        Write-TestFile -Path $csv -Encoding $Encoding -NewLine $NewLine -Lines @(
            'EmailAddress,Name'
            "zoe.$tag@example.com,Zoë Ångström"
            "jose.$tag@example.com,José Núñez"
        )
        $created = Import-Csv $csv | New-MimecastUser
        $created.Name | Should -Be @('Zoë Ångström', 'José Núñez')
        (Get-MimecastUser -EmailAddress "zoe.$tag@example.com").Name | Should -Be 'Zoë Ångström'
    }

    It 'imports a semicolon file read with -Delimiter ";"' {
        $csv = Join-Path $TestDrive 'semicolon.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress;Name;ForcePasswordChange', 'semi.one@example.com;Semi, One;yes', 'semi.two@example.com;Semi Two;no')
        $created = Import-Csv $csv -Delimiter ';' | New-MimecastUser
        $created.Name | Should -Be @('Semi, One', 'Semi Two')
        (Get-MimecastUser -EmailAddress 'semi.one@example.com').ForcePasswordChange | Should -BeTrue
    }

    It 'keeps a quoted comma and a quoted quote inside one cell' {
        $csv = Join-Path $TestDrive 'quoted.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'quoted@example.com,"Cole, ""Cy"" Junior"')
        $created = Import-Csv $csv | New-MimecastUser
        $created.Name | Should -Be 'Cole, "Cy" Junior'
    }

    It 'gives blank trailing lines no outcome at all' {
        $csv = Join-Path $TestDrive 'trailing.csv'
        Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'trail.one@example.com,One', 'trail.two@example.com,Two', '', '', '')
        $run = Invoke-Captured { Import-Csv $csv | New-MimecastUser }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.EmailAddress | Should -Be @('trail.one@example.com', 'trail.two@example.com')
    }

    It 'imports an ANSI (Windows-1252) file read with its encoding' {
        $csv = Join-Path $TestDrive 'ansi.csv'
        Write-TestFile -Path $csv -Encoding Windows1252 -Lines @('EmailAddress,Name', 'ansi.zoe@example.com,Zoë Ångström')
        # Windows PowerShell 5.1 names the ANSI code page 'Default'; PowerShell 7 takes an Encoding object.
        if ($PSVersionTable.PSEdition -eq 'Desktop') {
            $rows = Import-Csv $csv -Encoding Default
        }
        else {
            $rows = Import-Csv $csv -Encoding ([System.Text.Encoding]::GetEncoding(1252))
        }
        ($rows | New-MimecastUser).Name | Should -Be 'Zoë Ångström'
    }
}
