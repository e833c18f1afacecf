<#
.SYNOPSIS
    Builds, tests, packages and publishes MimecastPS.
.DESCRIPTION
    A thin wrapper around the .NET SDK, for people with PowerShell. Every task is a dotnet command that
    also runs without PowerShell (CI does exactly that), so this script adds no logic of its own beyond
    choosing the command and refusing to publish without an API key.

    Build    dotnet build -c <Configuration>: leaves an importable module in out/MimecastPS/.
    Test     dotnet test: unit tests and PowerShell-level tests in a hosted PowerShell 7.6 engine.
    Package  Build, then dotnet pack packaging/MimecastPS.Package.csproj: out/MimecastPS.<version>.nupkg,
             with the module files at the package root as the PowerShell Gallery expects.
    Publish  Package, then dotnet nuget push to the Gallery (or -Repository). Needs -ApiKey.
.EXAMPLE
    ./build.ps1
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
    'Test'    { Invoke-Dotnet @('test', $solution, '-c', $Configuration) }
    'Package' { Invoke-Package }
    'Publish' { Invoke-Publish }
}
