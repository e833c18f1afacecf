# The quick start: what an admin types, against the sandbox (or a real tenant: change the Connect line).
# Run by `dotnet run --project examples/QuickStart`, or paste into pwsh after starting the sandbox.
param(
    [Parameter(Mandatory)] [string] $BaseUri,
    [string] $CsvPath = "$PSScriptRoot/new-users.csv"
)

Import-Module "$PSScriptRoot/../out/MimecastPS/MimecastPS.psd1"
Connect-Mimecast -BaseUri $BaseUri -ClientId 'sandbox-client-id' -ClientSecret 'sandbox-client-secret'

# Two rows fail on purpose: one is not an address, one is outside the account's internal domains.
Import-Csv $CsvPath | New-MimecastUser -ErrorVariable failed -ErrorAction SilentlyContinue

foreach ($failure in $failed) {
    "FAILED $($failure.TargetObject.EmailAddress): $($failure.FullyQualifiedErrorId.Split(',')[0])"
}
