<#
.SYNOPSIS
    A nightly import for a scheduled task: creates the users of a CSV file and exits 0 when every row ended as asked,
    1 when any row failed or its outcome is unknown, 2 when it could not connect.
.DESCRIPTION
    Re-running the same file is quiet: users already in Mimecast are reported AlreadyPresent (-IfExists Skip), not as
    errors. The credentials come from the environment (MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET, plus
    MIMECAST_REGION or MIMECAST_BASE_URI), or from a credential file made once, as the task's user, with:
        New-Item -ItemType Directory -Force (Split-Path $CredentialPath) | Out-Null
        Get-Credential -Message 'Client ID and secret' | Export-Clixml -Path $CredentialPath
    Register it with absolute paths, for example:
        pwsh -NonInteractive -NoProfile -File C:\Scripts\nightly-import.ps1 -CsvPath C:\HR\new-hires.csv -CredentialPath C:\Scripts\mimecast.xml
.EXAMPLE
    ./nightly-import.ps1 -CsvPath /data/new-hires.csv
#>
param(
    [Parameter(Mandatory = $true)] [string] $CsvPath,
    [string] $CredentialPath,
    [string] $Module = 'MimecastPS'
)

$ErrorActionPreference = 'Stop'
Import-Module $Module

try {
    if ($CredentialPath) {
        Connect-Mimecast -ClientCredential (Import-Clixml -LiteralPath $CredentialPath)
    }
    else {
        Connect-Mimecast
    }
}
catch {
    Write-Output "Could not connect to Mimecast: $($_.Exception.Message)"
    exit 2
}

Import-Csv -LiteralPath $CsvPath | New-MimecastUser -IfExists Skip -ErrorAction Continue -ErrorVariable failed | Out-Null

Write-Output $MimecastLastRun.ToString()
foreach ($failure in $failed) {
    Write-Output "FAILED $($failure.CategoryInfo.TargetName): $($failure.Exception.Message)"
}
if ($MimecastLastRun.HasFailures) { exit 1 }
exit 0
