# What the default views look like in the widths users have: 80 (pwsh -File with redirected output, a scheduled
# task's log) and 120 (the Windows console), rendered from what the cmdlets really write against the sandbox.
# A table is read back cell by cell from the column positions its underline gives, so a value shortened with an
# ellipsis, a missing, extra or moved column, or a shifted cell fails the test that names it.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    $session = Connect-Mimecast -BaseUri $sandbox.BaseUri -ClientId $SandboxCredentials.ClientId -ClientSecret $SandboxCredentials.ClientSecret -PassThru
    # 38 characters: longer than an address column gets at 80 when two addresses share the line.
    $longAddress = 'margaret.longname-smithson@example.com'

    $created = @(
        [pscustomobject]@{ EmailAddress = $longAddress; Name = 'Margaret Longname-Smithson' }
        [pscustomobject]@{ EmailAddress = 'al@example.com'; Name = 'Al' }
    ) | New-MimecastUser
    $alreadyPresent = [pscustomobject]@{ EmailAddress = 'al@example.com'; Name = 'Al' } | New-MimecastUser -IfExists Skip
    $updated = Set-MimecastUser -EmailAddress 'al@example.com' -AccountLocked $true
    $read = Get-MimecastUser -Domain 'example.com'
    $aliases = Set-MimecastAlias -AliasFor 'al@example.com' -Alias 'al.alias@example.com', 'albert@example.com'
    $delegates = Add-MimecastDelegate -PrimaryAddress 'al@example.com' -DelegateAddress $longAddress
    $groups = Get-MimecastGroup
    $added = @('al@example.com', $longAddress) | ForEach-Object { [pscustomobject]@{ Group = 'Finance'; EmailAddress = $_ } } | Add-MimecastGroupMember
    $members = Get-MimecastGroupMember -Group 'Finance'
    Connect-TestSandbox $sandbox -Api '1'
    $accounts = [pscustomobject]@{
        AccountName = 'Fabrikam Holdings'; AddressLine1 = '1 Road'; City = 'Leeds'; State = 'WY'; PostalCode = 'LS1 1AA'; Country = 'gb'
        CompanyRegistrationNumber = '0123'; MaximumRetention = '365'; ContactEmail = 'it@fabrikam.example'; ContactName = 'IT'
        Telephone = '+44 1'; NumberOfUsers = '25'; AdminRole = 'full_admin'; AdminPassword = 'Adm1n-Pass'; MailPlatform = 'office_365'
        Products = '9702;9703;9704;9705;9706'
    } | New-MimecastAccount -Confirm:$false
    Connect-TestSandbox $sandbox

    function Remove-Ansi {
        param([AllowEmptyString()] [string] $Text)
        # pwsh colours table headers even when its output is redirected. [char] 27 rather than `e, which 5.1 lacks.
        return $Text -replace ([string] [char] 27 + '\[[0-9;]*m'), ''
    }

    function Read-Table {
        <#
        .SYNOPSIS
            Reads the first table in a text: Columns (the header labels, in order) and Rows (one ordered hashtable
            of column label to cell text per line). Each column starts where its underline starts and ends where the
            next one starts, so a value printed in the wrong column does not read as its own.
        #>
        param([Parameter(Mandatory = $true)] [string] $Text)
        $lines = @((Remove-Ansi $Text) -split "`r?`n")
        $underline = 0
        while ($underline -lt $lines.Count -and $lines[$underline] -notmatch '^-+( +-+)* *$') { $underline++ }
        if ($underline -ge $lines.Count) { throw "No table in:`n$Text" }
        $segments = @([regex]::Matches($lines[$underline], '-+'))
        $header = $lines[$underline - 1].PadRight($lines[$underline].Length)
        $columns = @($segments | ForEach-Object { $header.Substring($_.Index, $_.Length).Trim() })
        $rows = foreach ($line in ($lines | Select-Object -Skip ($underline + 1))) {
            if ($line.Trim() -eq '') { break }
            $row = [ordered]@{}
            for ($i = 0; $i -lt $segments.Count; $i++) {
                $start = $segments[$i].Index
                $end = if ($i + 1 -lt $segments.Count) { $segments[$i + 1].Index } else { [Math]::Max($line.Length, $start) }
                $row[$columns[$i]] = if ($start -ge $line.Length) { '' } else { $line.Substring($start, [Math]::Min($end, $line.Length) - $start).Trim() }
            }
            $row
        }
        return [pscustomobject]@{ Columns = $columns; Rows = @($rows) }
    }

    function Read-List {
        # The labels of the first list entry in a text, in order, and their values.
        param([Parameter(Mandatory = $true)] [string] $Text)
        $entry = [ordered]@{}
        foreach ($line in ((Remove-Ansi $Text).Trim() -split "`r?`n")) {
            if ($line.Trim() -eq '') { break }
            if ($line -match '^(\w+)\s*: ?(.*)$') { $entry[$Matches[1]] = $Matches[2].TrimEnd() }
        }
        return $entry
    }

    function Assert-Table {
        <#
        .SYNOPSIS
            The table of these objects has exactly these columns, and in each row the cells of the Whole columns hold
            their object's value in full. Every line fits the width.
        #>
        param($Objects, [string] $Text, [int] $Width, [string[]] $Columns, [string[]] $Whole)
        foreach ($line in ((Remove-Ansi $Text) -split "`r?`n")) { $line.TrimEnd().Length | Should -BeLessOrEqual $Width -Because "every line fits in $Width columns:`n$Text" }
        $table = Read-Table $Text
        $table.Columns | Should -Be $Columns -Because "these are the columns at $Width"
        $table.Rows.Count | Should -Be @($Objects).Count
        for ($i = 0; $i -lt $table.Rows.Count; $i++) {
            foreach ($column in $Whole) {
                $expected = if ($null -eq $Objects[$i].$column) { '' } else { [string] $Objects[$i].$column }
                $table.Rows[$i][$column] | Should -BeExactly $expected -Because "$column is whole at $Width in`n$Text"
            }
        }
    }
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'The <Output> table at <Width> columns' -ForEach @(
    # The last column has no fixed width and takes the rest of the line: at 80 a long name or address in it may be
    # shortened, so it is checked whole at 120 only. Every other column is whole at both widths.
    @{ Output = 'created'; Width = 80; Columns = 'Status', 'EmailAddress', 'Name'; Whole = 'Status', 'EmailAddress' }
    @{ Output = 'created'; Width = 120; Columns = 'Status', 'EmailAddress', 'Name'; Whole = 'Status', 'EmailAddress', 'Name' }
    @{ Output = 'alreadyPresent'; Width = 80; Columns = 'Status', 'EmailAddress', 'Name'; Whole = 'Status', 'EmailAddress', 'Name' }
    @{ Output = 'updated'; Width = 80; Columns = 'Status', 'EmailAddress', 'Name'; Whole = 'Status', 'EmailAddress', 'Name' }
    @{ Output = 'read'; Width = 120; Columns = 'Status', 'EmailAddress', 'Name'; Whole = 'Status', 'EmailAddress', 'Name' }
    @{ Output = 'aliases'; Width = 80; Columns = 'Status', 'Alias', 'AliasFor'; Whole = 'Status', 'Alias', 'AliasFor' }
    @{ Output = 'aliases'; Width = 120; Columns = 'Status', 'Alias', 'AliasFor'; Whole = 'Status', 'Alias', 'AliasFor' }
    @{ Output = 'delegates'; Width = 80; Columns = 'Status', 'PrimaryAddress', 'DelegateAddress'; Whole = 'Status', 'PrimaryAddress' }
    @{ Output = 'delegates'; Width = 120; Columns = 'Status', 'PrimaryAddress', 'DelegateAddress'; Whole = 'Status', 'PrimaryAddress', 'DelegateAddress' }
    # At 80 the counts give way whole, so that the 43-character Ids never do.
    @{ Output = 'groups'; Width = 80; Columns = 'Name', 'Id', 'Source'; Whole = 'Name', 'Id', 'Source' }
    @{ Output = 'groups'; Width = 120; Columns = 'Name', 'Id', 'Source', 'UserCount', 'FolderCount'; Whole = 'Name', 'Id', 'Source', 'UserCount', 'FolderCount' }
    @{ Output = 'added'; Width = 80; Columns = 'Status', 'EmailAddress', 'Domain'; Whole = 'Status', 'EmailAddress', 'Domain' }
    @{ Output = 'members'; Width = 120; Columns = 'Status', 'EmailAddress', 'Domain'; Whole = 'Status', 'EmailAddress', 'Domain' }
    @{ Output = 'accounts'; Width = 80; Columns = 'Status', 'AccountName', 'AccountCode', 'AdminEmail'; Whole = 'Status', 'AccountName', 'AccountCode' }
    @{ Output = 'accounts'; Width = 120; Columns = 'Status', 'AccountName', 'AccountCode', 'AdminEmail'; Whole = 'Status', 'AccountName', 'AccountCode', 'AdminEmail' }
    @{ Output = 'session'; Width = 80; Columns = 'ApiVersion', 'BaseUri', 'Identity'; Whole = 'ApiVersion', 'BaseUri', 'Identity' }
) {
    It 'shows exactly these columns, the first ones whole, every line within the width' {
        $objects = @((Get-Variable -Name $Output).Value)
        $objects.Count | Should -BeGreaterThan 0
        Assert-Table -Objects $objects -Text ($objects | Out-String -Width $Width) -Width $Width -Columns $Columns -Whole $Whole
    }
}

Describe 'The tables leave out what their cmdlet never fills' {
    It 'shows no user Id and no lock columns, which New-MimecastUser and Set-MimecastUser leave empty' {
        ($created | Out-String -Width 120) | Should -Not -Match 'Id|AccountLocked|AccountDisabled'
        $updated.Id | Should -BeNullOrEmpty -Because 'update-user answers without the id, which is why the table has none'
        $created[0].AccountLocked | Should -BeNullOrEmpty -Because 'create-user answers without the lock state, which is why the table has none'
    }
}

Describe 'The <Output> list view' -ForEach @(
    @{ Output = 'read'; First = 'Status', 'EmailAddress', 'Name', 'Id' }
    @{ Output = 'aliases'; First = 'Status', 'Alias', 'AliasFor' }
    @{ Output = 'delegates'; First = 'Status', 'PrimaryAddress', 'DelegateAddress' }
    @{ Output = 'groups'; First = 'Name', 'Id', 'Source' }
    @{ Output = 'added'; First = 'Status', 'EmailAddress', 'Domain' }
    @{ Output = 'accounts'; First = 'Status', 'AccountName', 'AccountCode' }
    @{ Output = 'session'; First = 'ApiVersion', 'BaseUri', 'Identity' }
) {
    It 'shows every property, in the order of the table, each value whole at 80' {
        $object = @((Get-Variable -Name $Output).Value)[0]
        $list = Read-List ($object | Format-List | Out-String -Width 80)
        @($list.Keys | Select-Object -First $First.Count) | Should -Be $First
        @($list.Keys | Sort-Object) | Should -Be @($object.PSObject.Properties.Name | Sort-Object)
        foreach ($property in $object.PSObject.Properties) {
            if ($property.Value -is [string]) { $list[$property.Name] | Should -BeExactly $property.Value -Because "$($property.Name) is whole" }
        }
    }
}

Describe 'Values that read well in a list' {
    It 'lists every package of an account, not the first four' {
        $accounts[0].Packages.Count | Should -Be 5
        (Read-List ($accounts[0] | Format-List | Out-String -Width 120)).Packages | Should -BeExactly ($accounts[0].Packages -join ', ')
    }

    It 'shows no secret of the session' {
        $session | Format-List | Out-String -Width 120 | Should -Not -Match ([regex]::Escape($SandboxCredentials.ClientSecret))
    }
}

Describe '$MimecastLastRun and $MimecastStoppedRun as a log shows them' {
    It 'prints a clean run as one short line per figure, without error ids or stop figures' {
        [pscustomobject]@{ EmailAddress = 'clean.run@example.com' } | New-MimecastUser | Out-Null
        $list = Read-List ($MimecastLastRun | Out-String -Width 80)
        @($list.Keys) | Should -Be @('Command', 'HasFailures', 'RowsRead', 'Changed', 'AlreadyPresent', 'Skipped', 'Failed', 'Unknown', 'StartedAt', 'Elapsed')
        $list.Command | Should -Be 'New-MimecastUser'
        $list.HasFailures | Should -Be 'False'
        $list.Changed | Should -Be '1'
        $list.Elapsed | Should -Match '^\d\d:\d\d:\d\d\.\d$'
    }

    It 'adds the failures by error id when a row failed' {
        @([pscustomobject]@{ EmailAddress = 'not-an-address' }, [pscustomobject]@{ EmailAddress = 'second.run@example.com' }) |
            New-MimecastUser -ErrorAction SilentlyContinue | Out-Null
        $list = Read-List ($MimecastLastRun | Out-String -Width 80)
        $list.HasFailures | Should -Be 'True'
        $list.Failed | Should -Be '1'
        $list.ErrorIds | Should -Match 'InvalidEmailAddress, 1'
        $list.Keys | Should -Not -Contain 'Stopped'
    }

    It 'adds Stopped and NotReported for a run that ended early, and the stopped run counts its rows' {
        $rows = @('stop.one@example.com', 'not-an-address', 'stop.three@example.com') | ForEach-Object { [pscustomobject]@{ EmailAddress = $_ } }
        { $rows | New-MimecastUser -ErrorAction Stop -BatchSize 1 -ThrottleLimit 1 } | Should -Throw
        $summary = Read-List ($MimecastLastRun | Out-String -Width 80)
        $summary.Stopped | Should -Be 'True'
        $summary.NotReported | Should -Be ([string] $MimecastLastRun.NotReported)
        $stopped = Read-List ($MimecastStoppedRun | Out-String -Width 80)
        @($stopped.Keys) | Should -Be @('Command', 'StoppedAt', 'RowsRead', 'LastRow', 'Unfinished', 'Failed', 'Succeeded')
        $stopped.RowsRead | Should -Be ([string] $MimecastStoppedRun.RowsRead)
        $stopped.Unfinished | Should -Be ([string] $MimecastStoppedRun.Unfinished.Length)
    }
}

Describe 'The output of a scheduled task, as pwsh -File writes it to a redirected log' {
    It 'fits 80 columns with every address and group Id whole' {
        $folder = New-TestFolder
        try {
            $csv = Join-Path $folder 'users.csv'
            # A new user with an address as long as the longest above, and one with a short address.
            Write-TestFile -Path $csv -Lines @('EmailAddress,Name', 'margaret.longname-smithsen@example.com,Margaret', 'log.al@example.com,Al')
            $script = Join-Path $folder 'log.ps1'
            # Out-Default per command, as two scripts would print them: in one output stream PowerShell prints objects of
            # a second type after a table as plain lists, whatever their views.
            Set-Content -LiteralPath $script -Value @"
param([string] `$CsvPath)
Import-Module '$ModuleFolder'
$(Get-ConnectCommand $sandbox)
'== users'
Import-Csv `$CsvPath | New-MimecastUser | Out-Default
'== groups'
Get-MimecastGroup | Out-Default
"@
            $run = Invoke-TestScript -Path $script -ArgumentList @('-CsvPath', $csv)
            $run.ExitCode | Should -Be 0
            $text = Remove-Ansi $run.Text
            $users = $text.Substring($text.IndexOf('== users'), $text.IndexOf('== groups') - $text.IndexOf('== users'))
            Assert-Table -Objects (Import-Csv $csv | ForEach-Object { [pscustomobject]@{ Status = 'Created'; EmailAddress = $_.EmailAddress; Name = $_.Name } }) `
                -Text $users -Width 80 -Columns 'Status', 'EmailAddress', 'Name' -Whole 'Status', 'EmailAddress', 'Name'
            Assert-Table -Objects $groups -Text $text.Substring($text.IndexOf('== groups')) -Width 80 -Columns 'Name', 'Id', 'Source' -Whole 'Name', 'Id', 'Source'
        }
        finally {
            Remove-Item -LiteralPath $folder -Recurse -Force
        }
    }
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest in the built module, the copy that ships, identical to the source at the root' {
        $built = Join-Path $ModuleFolder 'MimecastPS.psd1'
        $module = Test-ModuleManifest -Path $built -ErrorAction Stop
        $module.ExportedFormatFiles | Should -Be @(Join-Path $ModuleFolder 'MimecastPS.format.ps1xml')
        Get-Content -LiteralPath $built -Raw | Should -BeExactly (Get-Content -LiteralPath (Join-Path $RepositoryRoot 'MimecastPS.psd1') -Raw)
    }
}
