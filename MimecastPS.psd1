# The source of the module manifest, not a module: the build copies this file unchanged into out/MimecastPS/, beside
# MimecastPS.dll and MimecastPS.format.ps1xml, and that folder is what Import-Module and the Gallery package take.
# Here at the repository root neither file is beside it, so `Test-ModuleManifest ./MimecastPS.psd1` reports the format
# file missing; check the module after a build instead: `Test-ModuleManifest out/MimecastPS/MimecastPS.psd1` (the
# tests do). Kept at the root because it is the one source of the version number: the dll and the package read it here.
@{
    RootModule           = 'MimecastPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0c2b8e-2f4d-4d8a-9b62-3c1f7e5a9d41'
    Author               = 'MimecastPS contributors'
    CompanyName          = 'MimecastPS'
    Copyright            = '(c) 2026 MimecastPS contributors. MIT License.'
    Description          = 'Manage the Mimecast directory from PowerShell: bulk user, alias, delegate and account changes from CSV, with API 1.0 (signed keys) and API 2.0 (OAuth 2.0 client credentials) authentication, batching, rate-limit pacing and one outcome per input row.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('MimecastPS.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Mimecast'
        'Disconnect-Mimecast'
        'New-MimecastUser'
        'Set-MimecastUser'
        'Set-MimecastAlias'
        'Add-MimecastDelegate'
        'New-MimecastAccount'
        'Invoke-MimecastApi'
        'Get-MimecastUser'
        'Get-MimecastGroup'
        'Get-MimecastGroupMember'
        'Add-MimecastGroupMember'
        'Remove-MimecastGroupMember'
        'Get-MimecastAlias'
        'Remove-MimecastAlias'
        'Get-MimecastDelegate'
        'Remove-MimecastDelegate'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Mimecast', 'Email', 'Directory', 'Security', 'Bulk', 'CSV', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/mimecastps/MimecastPS'
            LicenseUri   = 'https://github.com/mimecastps/MimecastPS/blob/main/LICENSE'
            ReleaseNotes = 'First release: Connect-Mimecast (API 1.0 and 2.0), the directory cmdlets, Invoke-MimecastApi and Get-MimecastUser.'
        }
    }
}
