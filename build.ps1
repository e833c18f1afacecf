<#
.SYNOPSIS
    Builds, tests, packages and publishes MimecastPS.
.DESCRIPTION
    A thin wrapper around the .NET SDK, for people with PowerShell. Every task is a dotnet command that
    also runs without PowerShell (CI does exactly that), so this script adds no logic of its own beyond
    choosing the command and refusing to publish without an API key.

    Build    dotnet build -c <Configuration>: leaves an importable module in out/MimecastPS/.
    Test     dotnet test of the solution (xUnit: the C# internals and the sandbox), then the Pester tests in
             tests/Pester in this PowerShell (what users do, in a real shell, against the sandbox). Restores
             Pester 5.7.1 from NuGet itself. Fails when either suite fails; ends with 'Pester: N passed, N failed'.
    Package  Build, then dotnet pack packaging/MimecastPS.Package.csproj: out/MimecastPS.<version>.nupkg,
             with the module files at the package root as the PowerShell Gallery expects.
    Publish  Package, then dotnet nuget push to the Gallery (or -Repository). Needs -ApiKey.
.EXAMPLE
    ./build.ps1
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File build.ps1 -Task Test
    The README's test command: on a machine with only the .NET SDK, the pinned pwsh runs both suites.
.EXAMPLE
    ./build.ps1 -Task Package
.EXAMPLE
    ./build.ps1 -Task Publish -ApiKey $galleryKey -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Publish')]
    [string] $Task = 'Build',

    [string] $Configuration = 'Release',

    # The PowerShell Gallery API key; only Publish needs it.
    [string] $ApiKey,

    # PSGallery, or the URL of another NuGet v2 feed.
    [string] $Repository = 'PSGallery'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'MimecastPS.sln'
$packageProject = Join-Path $root 'packaging/MimecastPS.Package.csproj'
$outDir = Join-Path $root 'out'
$pesterProject = Join-Path $root 'tests/Pester/PesterModule/PesterModule.csproj'
$pesterResults = Join-Path $root 'TestResults/Pester.xml'

function Invoke-Dotnet {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    # Mask the API key: -Verbose output ends up in CI logs.
    $shown = for ($i = 0; $i -lt $Arguments.Count; $i++) {
        if ($i -gt 0 -and $Arguments[$i - 1] -eq '--api-key') { '***' } else { $Arguments[$i] }
    }
    Write-Verbose ("dotnet " + ($shown -join ' '))
    # To the host, not the pipeline: callers capture only what the functions return (the package path).
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Get-ModuleVersion {
    # The manifest is the one source of the version; the dll and the package read it from there too.
    $manifest = Join-Path $root 'MimecastPS.psd1'
    $match = [regex]::Match((Get-Content -LiteralPath $manifest -Raw), "ModuleVersion\s*=\s*'([^']+)'")
    if (-not $match.Success) { throw "No ModuleVersion in $manifest." }
    return $match.Groups[1].Value
}

function Invoke-Build {
    Invoke-Dotnet @('build', $solution, '-c', $Configuration)
}

function Invoke-Package {
    Invoke-Build
    Invoke-Dotnet @('pack', $packageProject, '-c', $Configuration, '-o', $outDir)
    $package = Join-Path $outDir ("MimecastPS.{0}.nupkg" -f (Get-ModuleVersion))
    if (-not (Test-Path -LiteralPath $package)) { throw "dotnet pack did not produce $package." }
    return $package
}

function Import-Pester {
    # Pester comes from the NuGet package (its tools/ folder is the module), restored by a restore-only
    # project: no PowerShell repository, and whatever Pester the machine has installed is never used.
    Invoke-Dotnet @('restore', $pesterProject, '--nologo')
    $assets = Get-Content -LiteralPath (Join-Path (Split-Path $pesterProject) 'obj/project.assets.json') -Raw | ConvertFrom-Json
    $packageFolder = @($assets.packageFolders.PSObject.Properties.Name)[0]
    $pesterManifest = Join-Path $packageFolder 'pester/5.7.1/tools/Pester.psd1'
    Import-Module $pesterManifest -Force -ErrorAction Stop
}

function Invoke-Test {
    # Both suites always run, so that one failing does not hide the other's results.
    & dotnet test $solution -c $Configuration | Out-Host
    $xunitExitCode = $LASTEXITCODE

    Import-Pester
    # The tests run as a user's script does: row errors are non-terminating and strict mode is off.
    $ErrorActionPreference = 'Continue'
    Set-StrictMode -Off
    $pester = New-PesterConfiguration
    $pester.Run.Path = Join-Path $root 'tests/Pester'
    $pester.Run.PassThru = $true
    $pester.TestResult.Enabled = $true
    $pester.TestResult.OutputFormat = 'NUnitXml'
    $pester.TestResult.OutputPath = $pesterResults
    $pester.Output.Verbosity = 'Normal'
    $pester.Output.CIFormat = 'Auto'
    $result = Invoke-Pester -Configuration $pester

    if ($xunitExitCode -ne 0) { Write-Host "xUnit: dotnet test failed with exit code $xunitExitCode." }
    # The closing line CI reads: 'N passed, N failed'. Discovery or container failures count as failed.
    $failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Write-Host ("Pester: {0} passed, {1} failed" -f $result.PassedCount, $failed)
    if ($xunitExitCode -ne 0 -or $failed -gt 0 -or $result.Result -ne 'Passed') { exit 1 }
}

function Invoke-Publish {
    if ([string]::IsNullOrWhiteSpace($ApiKey)) {
        throw 'Publish needs the Gallery API key: ./build.ps1 -Task Publish -ApiKey <key>. Nothing was published.'
    }
    $source = if ($Repository -eq 'PSGallery') { 'https://www.powershellgallery.com/api/v2/package' } else { $Repository }
    $package = Join-Path $outDir ("MimecastPS.{0}.nupkg" -f (Get-ModuleVersion))
    # -WhatIf says what would be pushed and does nothing else: no build, no pack, no push.
    if ($PSCmdlet.ShouldProcess("$package to $source", 'dotnet nuget push')) {
        $package = Invoke-Package
        Invoke-Dotnet @('nuget', 'push', $package, '--api-key', $ApiKey, '--source', $source)
    }
}

switch ($Task) {
    'Build'   { Invoke-Build }
    'Test'    { Invoke-Test }
    'Package' { Invoke-Package }
    'Publish' { Invoke-Publish }
}
