# What `Install-Module MimecastPS` will do for users, before anyone publishes: the Gallery package installed
# by name from a repository with PSResourceGet, then imported by name in a fresh process.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    $work = New-TestFolder
    $repository = Join-Path $work 'repository'
    $modules = Join-Path $work 'modules'
    New-Item -ItemType Directory -Path $repository, $modules | Out-Null
    $manifest = Import-PowerShellDataFile (Join-Path $RepositoryRoot 'MimecastPS.psd1')

    # The pack step of `build.ps1 -Task Package`, into the temporary repository: the test run already built out/MimecastPS.
    $pack = Start-ChildProcess -FilePath 'dotnet' -ArgumentList @('pack', (Join-Path $RepositoryRoot 'packaging/MimecastPS.Package.csproj'), '-o', $repository, '--nologo')
    $packOutput = $pack.StandardOutput.ReadToEndAsync()
    $packErrors = $pack.StandardError.ReadToEndAsync()
    if (-not $pack.WaitForExit(120000)) { Stop-ChildProcess $pack; throw 'dotnet pack took longer than 120 s.' }
    $packExitCode = $pack.ExitCode
    Stop-ChildProcess $pack

    # The user's repository list is never touched: on Linux and macOS PSResourceGet keeps it under XDG_DATA_HOME,
    # which the child gets as a temporary folder; on Windows (no such variable) a uniquely named repository is
    # registered and unregistered again in the same process.
    $isolated = @{ XDG_DATA_HOME = (Join-Path $work 'data') }
    $installScript = Join-Path $work 'install.ps1'
    Set-Content -LiteralPath $installScript -Value @'
param([string] $Repository, [string] $Modules)
$ErrorActionPreference = 'Stop'
$name = 'MimecastPSTest' + [guid]::NewGuid().ToString('N')
Register-PSResourceRepository -Name $name -Uri $Repository -Trusted
try {
    Save-PSResource -Name MimecastPS -Repository $name -Path $Modules -TrustRepository -Quiet
}
finally {
    Unregister-PSResourceRepository -Name $name
}
'@
    $install = Invoke-TestScript -Path $installScript -ArgumentList @('-Repository', $repository, '-Modules', $modules) -Environment $isolated

    $importScript = Join-Path $work 'import.ps1'
    Set-Content -LiteralPath $importScript -Value @'
param([string] $Modules)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $Modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module MimecastPS
$module = Get-Module MimecastPS
[pscustomobject]@{
    Version  = $module.Version.ToString()
    Base     = $module.ModuleBase
    Commands = @($module.ExportedCmdlets.Keys | Sort-Object)
    Synopsis = (Get-Help New-MimecastUser).Synopsis
    About    = (Get-Help about_MimecastPS -Category HelpFile | Out-String).Length
    Format   = @(Get-FormatData -TypeName MimecastPS.MimecastUser).Count
} | ConvertTo-Json -Compress
'@
    $import = Invoke-TestScript -Path $importScript -ArgumentList @('-Modules', $modules) -Environment $isolated
    $imported = $null
    if ($import.ExitCode -eq 0) { $imported = $import.Output[-1] | ConvertFrom-Json }
}

AfterAll {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The Gallery package' {
    It 'is made by dotnet pack' {
        $packExitCode | Should -Be 0 -Because ($packOutput.Result + $packErrors.Result)
        @(Get-ChildItem -Path $repository -Filter "MimecastPS.$($manifest.ModuleVersion).nupkg").Count | Should -Be 1
    }

    It 'installs by name from a repository with PSResourceGet' {
        $install.ExitCode | Should -Be 0 -Because $install.Text
        Test-Path -LiteralPath (Join-Path $modules "MimecastPS/$($manifest.ModuleVersion)/MimecastPS.psd1") | Should -BeTrue
    }

    It 'imports by name in a fresh process, from where it was installed' {
        $import.ExitCode | Should -Be 0 -Because $import.Text
        $imported.Base | Should -BeLike "$modules*"
    }

    It "has the build's version, commands, help and formats" {
        $imported.Version | Should -Be $manifest.ModuleVersion
        $imported.Commands | Should -Be @($manifest.CmdletsToExport | Sort-Object)
        $imported.Synopsis | Should -Not -BeLike 'New-MimecastUser *-*'
        $imported.About | Should -BeGreaterThan 200
        $imported.Format | Should -Be 1
    }
}
