# Shared by every *.Tests.ps1: dot-source it in BeforeAll (`. "$PSScriptRoot/Support/TestSupport.ps1"`).
# Dot-sourced rather than imported as a module on purpose: Invoke-Captured sets preference variables that the
# test's own script block must see, and a module's scope would hide them from it.
# Written for Windows PowerShell 5.1 as well as PowerShell 7 (Compatibility.Tests.ps1 checks the syntax).

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$script:ModuleFolder = Join-Path $script:RepositoryRoot 'out/MimecastPS'

# The sandbox's demo credentials (SandboxOptions defaults); they are printed in its banner, so nothing secret.
$script:SandboxCredentials = @{
    AccessKey    = 'sandbox-access-key'
    SecretKey    = 'c2FuZGJveC1zZWNyZXQta2V5LTAxMjM0NTY3ODk='
    AppId        = 'sandbox-app-id'
    AppKey       = 'sandbox-app-key'
    ClientId     = 'sandbox-client-id'
    ClientSecret = 'sandbox-client-secret'
}

function Import-TestedModule {
    # The module exactly as a user imports it from a build: out/MimecastPS, not the source tree.
    if (-not (Test-Path -LiteralPath (Join-Path $script:ModuleFolder 'MimecastPS.dll'))) {
        throw "No built module in $script:ModuleFolder: run 'dotnet build' first (build.ps1 -Task Test does)."
    }
    Import-Module $script:ModuleFolder -Force -ErrorAction Stop
}

function Get-SandboxDll {
    # The build that left out/MimecastPS also built the sandbox; take the newest of its configurations.
    $candidates = @(Get-ChildItem -Path (Join-Path $script:RepositoryRoot 'src/MimecastPS.Sandbox/bin') -Recurse -Filter 'MimecastPS.Sandbox.dll' -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTimeUtc -Descending)
    if ($candidates.Count -eq 0) { throw "The sandbox is not built: run 'dotnet build' first." }
    return $candidates[0].FullName
}

function ConvertTo-CommandLineArgument {
    param([Parameter(Mandatory = $true)] [string] $Value)
    # ProcessStartInfo.ArgumentList does not exist on .NET Framework (Windows PowerShell 5.1): quote by hand.
    if ($Value -notmatch '[\s"]' -and $Value.Length -gt 0) { return $Value }
    return '"' + ($Value -replace '(\\*)"', '$1$1\"' -replace '(\\+)$', '$1$1') + '"'
}

function Start-ChildProcess {
    param(
        [Parameter(Mandatory = $true)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{}
    )
    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = $FilePath
    $start.Arguments = (@($ArgumentList | ForEach-Object { ConvertTo-CommandLineArgument $_ }) -join ' ')
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.RedirectStandardInput = $true
    foreach ($name in $Environment.Keys) { $start.EnvironmentVariables[$name] = $Environment[$name] }
    return [System.Diagnostics.Process]::Start($start)
}

function Stop-ChildProcess {
    param([Parameter(Mandatory = $true)] [System.Diagnostics.Process] $Process)
    # Only the one process this file started, by its object: never by name.
    if (-not $Process.HasExited) { $Process.Kill() }
    [void] $Process.WaitForExit(10000)
    $Process.Dispose()
}

function Start-TestSandbox {
    <#
    .SYNOPSIS
        Starts the sandbox (`dotnet MimecastPS.Sandbox.dll --port 0 ...`) on a free loopback port and returns
        its address and process. Stop it with Stop-TestSandbox in AfterAll.
    #>
    param([string[]] $ArgumentList = @())
    $process = Start-ChildProcess -FilePath 'dotnet' -ArgumentList (@((Get-SandboxDll), '--port', '0') + $ArgumentList)
    $listeningPrefix = 'Sandbox listening on '
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    $baseUri = $null
    while ($null -eq $baseUri -and [DateTime]::UtcNow -lt $deadline) {
        $line = $process.StandardOutput.ReadLineAsync()
        if (-not $line.Wait([int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds))) { break }
        if ($null -eq $line.Result) { break }
        if ($line.Result.StartsWith($listeningPrefix)) { $baseUri = $line.Result.Substring($listeningPrefix.Length).Trim() }
    }
    if ($null -eq $baseUri) {
        Stop-ChildProcess $process
        throw 'The sandbox did not report its address within 30 s.'
    }
    # Its later output must still be read, or a full pipe would stall the server.
    $drains = @($process.StandardOutput.ReadToEndAsync(), $process.StandardError.ReadToEndAsync())
    return [pscustomobject]@{ BaseUri = $baseUri; Process = $process; Drains = $drains }
}

function Stop-TestSandbox {
    param($Sandbox)
    if ($null -ne $Sandbox) { Stop-ChildProcess $Sandbox.Process }
}

function Get-ConnectCommand {
    <#
    .SYNOPSIS
        The Connect-Mimecast line for a sandbox, as a user would type it (for child scripts and for Invoke-Expression-free use).
    #>
    param(
        [Parameter(Mandatory = $true)] $Sandbox,
        [ValidateSet('1', '2')] [string] $Api = '2'
    )
    $c = $script:SandboxCredentials
    if ($Api -eq '1') {
        return "Connect-Mimecast -BaseUri '$($Sandbox.BaseUri)' -AccessKey '$($c.AccessKey)' -SecretKey '$($c.SecretKey)' -AppId '$($c.AppId)' -AppKey '$($c.AppKey)'"
    }
    return "Connect-Mimecast -BaseUri '$($Sandbox.BaseUri)' -ClientId '$($c.ClientId)' -ClientSecret '$($c.ClientSecret)'"
}

function Connect-TestSandbox {
    param(
        [Parameter(Mandatory = $true)] $Sandbox,
        [ValidateSet('1', '2')] [string] $Api = '2'
    )
    $c = $script:SandboxCredentials
    if ($Api -eq '1') {
        Connect-Mimecast -BaseUri $Sandbox.BaseUri -AccessKey $c.AccessKey -SecretKey $c.SecretKey -AppId $c.AppId -AppKey $c.AppKey -ErrorAction Stop
    }
    else {
        Connect-Mimecast -BaseUri $Sandbox.BaseUri -ClientId $c.ClientId -ClientSecret $c.ClientSecret -ErrorAction Stop
    }
}

function Invoke-Captured {
    <#
    .SYNOPSIS
        Runs a script block with -Verbose and -Debug output on and returns every stream apart: Output, Errors,
        Warnings, Verbose and Debug (as strings), and Sent: the data items of every request body the module
        logged under Debug, in the order sent (passwords appear there as '***'). Outcomes holds the output objects
        and error records together in the order they were written, to check that each row's outcome comes in
        input order whether it succeeded or failed.
    #>
    param([Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock)
    # Preference variables rather than -Debug: -Debug on a compiled cmdlet asks before each line in PowerShell 7,
    # which fails in a non-interactive host. $DebugPreference is set globally because the module decides whether
    # to log request bodies from the global value only; a local one reaches WriteDebug but not that decision.
    $VerbosePreference = 'Continue'
    $debugBefore = $global:DebugPreference
    $global:DebugPreference = 'Continue'
    try {
        $records = @(& $ScriptBlock *>&1)
    }
    finally {
        $global:DebugPreference = $debugBefore
    }
    $result = [pscustomobject]@{
        Output   = @($records | Where-Object { -not ($_ -is [System.Management.Automation.ErrorRecord] -or $_ -is [System.Management.Automation.InformationalRecord] -or $_ -is [System.Management.Automation.InformationRecord]) })
        Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        Warnings = @($records | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | ForEach-Object { $_.Message })
        Verbose  = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message })
        Debug    = @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object { $_.Message })
        Sent     = @()
        Outcomes = @($records | Where-Object { -not ($_ -is [System.Management.Automation.InformationalRecord] -or $_ -is [System.Management.Automation.InformationRecord]) })
    }
    $result.Sent = @($result.Debug | Where-Object { $_ -match '^POST \S+ body: (.*)$' } | ForEach-Object {
            $body = $Matches[1] | ConvertFrom-Json
            if ($null -ne $body.data) { $body.data }
        })
    return $result
}

function Get-RequestCount {
    <#
    .SYNOPSIS
        How many HTTP requests to a path a captured run made: the module's -Verbose writes one line per request.
    #>
    param([Parameter(Mandatory = $true)] $Captured, [Parameter(Mandatory = $true)] [string] $Path)
    return @($Captured.Verbose | Where-Object { $_ -like "POST $Path *" }).Count
}

function Write-TestFile {
    <#
    .SYNOPSIS
        Writes text to a file byte for byte as Excel or an HR export would: chosen encoding, BOM or not, line ends.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [string[]] $Lines,
        [ValidateSet('Utf8', 'Utf8Bom', 'Windows1252')] [string] $Encoding = 'Utf8',
        [string] $NewLine = "`r`n"
    )
    $text = ($Lines -join $NewLine) + $NewLine
    $bytes = switch ($Encoding) {
        'Utf8' { (New-Object System.Text.UTF8Encoding($false)).GetBytes($text) }
        'Utf8Bom' { (New-Object System.Text.UTF8Encoding($true)).GetPreamble() + (New-Object System.Text.UTF8Encoding($false)).GetBytes($text) }
        'Windows1252' { [System.Text.Encoding]::GetEncoding(1252).GetBytes($text) }
    }
    [System.IO.File]::WriteAllBytes($Path, [byte[]] $bytes)
}

function Get-TestShell {
    <#
    .SYNOPSIS
        The program and leading arguments that start a new process of the PowerShell running these tests: the
        pinned .NET tool (dotnet pwsh.dll), an installed pwsh, or Windows PowerShell 5.1.
    #>
    $toolDll = Join-Path $PSHOME 'pwsh.dll'
    $processPath = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet' -and (Test-Path -LiteralPath $toolDll)) {
        return [pscustomobject]@{ FilePath = $processPath; Prefix = @($toolDll) }
    }
    return [pscustomobject]@{ FilePath = $processPath; Prefix = @() }
}

function Invoke-TestScript {
    <#
    .SYNOPSIS
        Runs a script file as a scheduled task does (`pwsh -NonInteractive -NoProfile -File script.ps1 args`), with
        output redirected, and returns its ExitCode and Output (stdout and stderr lines). Times out after 120 s.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 120
    )
    $shell = Get-TestShell
    $arguments = @($shell.Prefix) + @('-NonInteractive', '-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', $Path) + $ArgumentList
    $process = Start-ChildProcess -FilePath $shell.FilePath -ArgumentList $arguments -Environment $Environment
    try {
        $process.StandardInput.Close()
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            throw "$Path did not finish within $TimeoutSeconds s."
        }
        $process.WaitForExit()
        return [pscustomobject]@{
            ExitCode = $process.ExitCode
            Output   = @(($stdout.Result + $stderr.Result) -split "`r?`n" | Where-Object { $_ -ne '' })
            Text     = $stdout.Result + $stderr.Result
        }
    }
    finally {
        Stop-ChildProcess $process
    }
}

function New-TestFolder {
    # A fresh folder under the temp path; AfterAll removes it with Remove-Item -Recurse.
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('mimecastps-pester-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    return $folder
}

function Get-OutcomeSummary {
    <#
    .SYNOPSIS
        One line per outcome of an Invoke-Captured run, in the order written: '<key>: <Status>' for an output
        object and '<key>: <error id>' for an error record, the key read from the output's -Key property or from
        the error's row (its TargetObject) -RowKey property, so that one assertion checks the order, the count
        and each row's outcome, and that each error carries its own row.
    #>
    param(
        [Parameter(Mandatory = $true)] $Captured,
        [Parameter(Mandatory = $true)] [string] $Key,
        [string] $RowKey = $Key
    )
    foreach ($outcome in $Captured.Outcomes) {
        if ($outcome -is [System.Management.Automation.ErrorRecord]) {
            '{0}: {1}' -f $outcome.TargetObject.$RowKey, $outcome.FullyQualifiedErrorId.Split(',')[0]
        }
        else {
            '{0}: {1}' -f $outcome.$Key, $outcome.Status
        }
    }
}

function Invoke-UnattendedRemoval {
    <#
    .SYNOPSIS
        Feeds a CSV file to a Remove- cmdlet in a scheduled-task style process (Invoke-TestScript), first as typed
        and then with -Confirm:$false, and returns the Output lines: 'PROMPTED' then 'UNATTENDED', each followed by
        'REMOVED <key>' per output and 'FAILED <message>' for the error that stopped that run, if any.
    #>
    param(
        [Parameter(Mandatory = $true)] $Sandbox,
        [Parameter(Mandatory = $true)] [string] $Command,
        [Parameter(Mandatory = $true)] [string] $CsvPath,
        [Parameter(Mandatory = $true)] [string] $Key
    )
    $script = Join-Path ([System.IO.Path]::GetDirectoryName($CsvPath)) "unattended-$Command.ps1"
    # try/catch because a confirmation prompt in a non-interactive shell ends the statement rather than one row.
    Set-Content -LiteralPath $script -Value @"
param([string] `$CsvPath)
Import-Module '$script:ModuleFolder'
$(Get-ConnectCommand $Sandbox)
'PROMPTED'
try { Import-Csv `$CsvPath | $Command -ErrorAction Stop | ForEach-Object { "REMOVED `$(`$_.$Key)" } } catch { "FAILED `$(`$_.Exception.Message)" }
'UNATTENDED'
try { Import-Csv `$CsvPath | $Command -Confirm:`$false -ErrorAction Stop | ForEach-Object { "REMOVED `$(`$_.$Key)" } } catch { "FAILED `$(`$_.Exception.Message)" }
"@
    return (Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $CsvPath)).Output
}
