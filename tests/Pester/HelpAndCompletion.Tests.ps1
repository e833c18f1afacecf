# Get-Help and tab completion as a user meets them in the shell, from the built module. Whether the help
# says enough is the xUnit help tests' business; these prove that the real Get-Help finds it.
BeforeDiscovery {
    # The exported cmdlets, read from the manifest at discovery so that each gets its own test.
    $manifest = Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../MimecastPS.psd1')
    $cmdlets = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
}

Describe 'Get-Help <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help $Name -Full
    }

    It 'has a written synopsis, not the generated syntax' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name *-*"
    }

    It 'has at least one example' {
        @($help.examples.example).Count | Should -BeGreaterThan 0
    }
}

Describe 'Get-Help about_MimecastPS' {
    It 'finds the about topic of the module' {
        # -Category HelpFile: without it, a missing topic falls back to the help of a command that mentions it.
        $about = Get-Help about_MimecastPS -Category HelpFile | Out-String
        $about | Should -Match 'about_MimecastPS'
        $about | Should -Match 'Connect-Mimecast'
    }
}

Describe 'Tab completion' {
    BeforeAll {
        function Get-Completion([string] $Line) {
            @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object { $_.CompletionText })
        }
    }

    It 'completes the command names' {
        Get-Completion 'New-Mimecast' | Should -Be @('New-MimecastAccount', 'New-MimecastUser')
    }

    It 'completes parameter names' {
        Get-Completion 'Set-MimecastUser -AccountL' | Should -Be @('-AccountLocked')
    }

    It 'completes -AdminRole values' {
        Get-Completion 'New-MimecastAccount -AdminRole ' | Sort-Object | Should -Be @('basic_admin', 'full_admin')
    }

    It 'completes -MailPlatform values' {
        Get-Completion 'New-MimecastAccount -MailPlatform ' | Sort-Object | Should -Be @('hosted_exchange', 'office_365', 'on_premises')
    }
}
