# Directory groups as admins use them: "put these people in Finance" from a CSV file, read back and undone.
# The sandbox seeds the groups Finance, Finance EMEA, Sales, two named Shared (cloud and ldap) and All Staff,
# with fixed ids (MimecastPS.Sandbox SeededGroups), so a name, an ambiguous name and an id can all be tried.
BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
    Connect-TestSandbox $sandbox
    $groupIds = @{
        Finance      = 'eNoYw-HSpjBfcyO_RQW9KqS5dYWNlz1RzuKjieoK6dV'
        FinanceEmea  = 'eNobEXmKhFGIbmjM3xE8xg1iA-Q553v2B7GG-A-sKbp'
        Sales        = 'eNocof6xNWQgVvAqWwGXB-A0JH-xQGO_fAL4ZSOoupM'
        SharedCloud  = 'eNonFBr6YnVnrVFmWODyLM5jLnhE8pxwfLz2fpoW-hK'
        SharedLdap   = 'eNo4Mz8kg2PfjSkyoz5u8t5bLPMVEcfdAICAfGK1HVN'
        AllStaff     = 'eNo3eprrlHOt4xe7T7sFM3BaOVvlN37DOdyzG_gY7d7'
    }
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Get-MimecastGroup' {
    It 'finds a group by its whole name, not the groups whose name only contains it' {
        $found = @(Get-MimecastGroup Finance)
        $found.Count | Should -Be 1
        $found[0] | Should -BeOfType ([MimecastPS.MimecastGroup])
        $found[0].Id | Should -Be $groupIds.Finance
    }

    It 'lists both groups that share a name, told apart by their source and id' {
        $shared = @(Get-MimecastGroup Shared | Sort-Object Source)
        @($shared | ForEach-Object { $_.Source }) | Should -Be @('cloud', 'ldap')
        @($shared | ForEach-Object { $_.Id }) | Should -Be @($groupIds.SharedCloud, $groupIds.SharedLdap)
    }

    It 'matches a wildcard name and filters by -Source' {
        @(Get-MimecastGroup 'Fin*' | ForEach-Object { $_.Name } | Sort-Object) | Should -Be @('Finance', 'Finance EMEA')
        @(Get-MimecastGroup -Source ldap | ForEach-Object { $_.Name } | Sort-Object) | Should -Be @('All Staff', 'Shared')
    }

    It 'reads group names from CSV rows, in input order' {
        $csv = Join-Path $TestDrive 'group-names.csv'
        Write-TestFile -Path $csv -Lines @('Name', 'Sales', 'All Staff', 'Finance')
        @(Import-Csv $csv | Get-MimecastGroup | ForEach-Object { $_.Id }) | Should -Be @($groupIds.Sales, $groupIds.AllStaff, $groupIds.Finance)
    }

    It 'completes -Source with its two values' {
        $line = 'Get-MimecastGroup -Source '
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { $_.CompletionText } | Sort-Object) | Should -Be @('cloud', 'ldap')
    }
}

Describe 'Add-MimecastGroupMember from a CSV file' {
    BeforeAll {
        # Names as an admin types them (one in another case), an ambiguous one, unknown ones (one that only
        # part of a group's name matches), and an id: each name twice where it matters, to count lookups.
        $csv = Join-Path $TestDrive 'add-members.csv'
        Write-TestFile -Path $csv -Lines @(
            'Group,EmailAddress'
            'Finance,gm.ann@example.com'
            'Shared,gm.bob@example.com'
            "$($groupIds.Sales),gm.cy@example.com"
            'Nowhere,gm.dee@example.com'
            'finance,gm.eve@example.com'
            'Shared,gm.fay@example.com'
            'Fin,gm.gus@example.com'
            'Nowhere,gm.hal@example.com'
            'Sales,gm.ivy@example.com'
        )
        $run = Invoke-Captured { Import-Csv $csv | Add-MimecastGroupMember }
    }

    It 'gives every row one outcome in input order, each error carrying its own row' {
        Get-OutcomeSummary $run -Key EmailAddress | Should -Be @(
            'gm.ann@example.com: Added'
            'gm.bob@example.com: AmbiguousGroupName'
            'gm.cy@example.com: Added'
            'gm.dee@example.com: GroupNotFound'
            'gm.eve@example.com: Added'
            'gm.fay@example.com: AmbiguousGroupName'
            'gm.gus@example.com: GroupNotFound'
            'gm.hal@example.com: GroupNotFound'
            'gm.ivy@example.com: Added'
        )
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastGroupMember]) }
        @($run.Output | ForEach-Object { $_.GroupId }) | Should -Be @($groupIds.Finance, $groupIds.Sales, $groupIds.Finance, $groupIds.Sales)
        $run.Errors | ForEach-Object { $_.TargetObject.PSObject.Properties.Name | Should -Be @('Group', 'EmailAddress') }
    }

    It 'names both candidates of an ambiguous name and sends nothing for its rows' {
        $ambiguous = @($run.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'AmbiguousGroupName,*' })
        $ambiguous.Count | Should -Be 2
        foreach ($refusal in $ambiguous) {
            $refusal.TargetObject.Group | Should -Be 'Shared'
            $refusal.Exception.Message | Should -Match ([regex]::Escape($groupIds.SharedCloud))
            $refusal.Exception.Message | Should -Match ([regex]::Escape($groupIds.SharedLdap))
            $refusal.CategoryInfo.Category | Should -Be 'InvalidArgument'
        }
        $sentMembers = @($run.Sent | Where-Object { $_.emailAddress } | ForEach-Object { $_.emailAddress })
        $sentMembers | Should -Not -Contain 'gm.bob@example.com'
        $sentMembers | Should -Not -Contain 'gm.fay@example.com'
    }

    It 'says of an unknown name that no group has it, naming the groups that contain it' {
        $unknown = @($run.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'GroupNotFound,*' })
        $unknown[0].Exception.Message | Should -BeLike "*'Nowhere'*no group's name contains it*"
        $unknown[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $unknown[1].Exception.Message | Should -BeLike "*'Fin'*"
        $unknown[1].Exception.Message | Should -Match ([regex]::Escape("Finance (cloud, id $($groupIds.Finance))"))
        $unknown[1].Exception.Message | Should -Match ([regex]::Escape("Finance EMEA (cloud, id $($groupIds.FinanceEmea))"))
        # find-groups items carry a query, add-group-member items an address: only the rows with a group were sent.
        @($run.Sent | Where-Object { $_.emailAddress } | ForEach-Object { $_.emailAddress }) | Should -Be @('gm.ann@example.com', 'gm.cy@example.com', 'gm.eve@example.com', 'gm.ivy@example.com')
    }

    It 'looks each distinct name up once per run, and an id not at all' {
        # Finance (and finance), Shared, Nowhere, Fin, Sales: five names over eight rows that carry a name.
        Get-RequestCount $run '/api/directory/find-groups' | Should -Be 5
    }

    It 'leaves the members where the rows put them' {
        @(Get-MimecastGroupMember -Group Finance | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.ann@example.com', 'gm.eve@example.com')
        @(Get-MimecastGroupMember -Group $groupIds.Sales | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.cy@example.com', 'gm.ivy@example.com')
        Get-MimecastGroupMember -Group $groupIds.SharedCloud | Should -BeNullOrEmpty
        Get-MimecastGroupMember -Group $groupIds.SharedLdap | Should -BeNullOrEmpty
    }

    It 'adds the failed rows once they name the group by id' {
        $retry = $run.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'AmbiguousGroupName,*' } | ForEach-Object {
            [pscustomobject]@{ Group = $groupIds.SharedLdap; EmailAddress = $_.TargetObject.EmailAddress }
        }
        @($retry | Add-MimecastGroupMember | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.bob@example.com', 'gm.fay@example.com')
        @(Get-MimecastGroupMember -Group $groupIds.SharedLdap | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.bob@example.com', 'gm.fay@example.com')
    }

    It 'sends no change under -WhatIf' {
        $whatIf = Invoke-Captured { Import-Csv $csv | Add-MimecastGroupMember -WhatIf }
        $whatIf.Output | Should -BeNullOrEmpty
        Get-RequestCount $whatIf '/api/directory/add-group-member' | Should -Be 0
        @(Get-MimecastGroupMember -Group Finance | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.ann@example.com', 'gm.eve@example.com')
    }
}

Describe 'Group members read back and undone' {
    BeforeAll {
        $csv = Join-Path $TestDrive 'all-staff.csv'
        Write-TestFile -Path $csv -Lines @(
            'Group,EmailAddress,Domain'
            'All Staff,rt.one@example.com,'
            'All Staff,,partner.example'
            'All Staff,rt.two@example.com,'
        )
    }

    It 'adds the rows, which Get-MimecastGroupMember then lists' {
        $added = Import-Csv $csv | Add-MimecastGroupMember
        @($added | ForEach-Object { $_.Status }) | Should -Be @('Added', 'Added', 'Added')
        $members = @(Import-Csv (Join-Path $TestDrive 'all-staff.csv') | Select-Object -First 1 | Get-MimecastGroupMember)
        $members | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastGroupMember]) }
        @($members | ForEach-Object { if ($_.EmailAddress) { $_.EmailAddress } else { $_.Domain } }) | Should -Be @('rt.one@example.com', 'partner.example', 'rt.two@example.com')
    }

    It 'removes the same rows with -Confirm:$false, after which the group is empty' {
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastGroupMember -Confirm:$false }
        $run.Errors | Should -BeNullOrEmpty
        @($run.Output | ForEach-Object { $_.Status }) | Should -Be @('Removed', 'Removed', 'Removed')
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MimecastPS.MimecastGroupMember]) }
        Get-MimecastGroupMember -Group 'All Staff' | Should -BeNullOrEmpty
    }

    It 'fails the row of a member that is not in the group, carrying the row, and removes the others' {
        Add-MimecastGroupMember -Group 'All Staff' -EmailAddress 'rt.one@example.com' | Out-Null
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastGroupMember -Confirm:$false }
        Get-OutcomeSummary $run -Key EmailAddress | Should -Be @(
            'rt.one@example.com: Removed'
            ': err_folder_domain_not_found'
            'rt.two@example.com: err_folder_email_address_not_found'
        )
        $run.Errors[0].TargetObject.Domain | Should -Be 'partner.example'
    }

    It 'sends nothing under -WhatIf' {
        Add-MimecastGroupMember -Group 'All Staff' -EmailAddress 'rt.one@example.com' | Out-Null
        $run = Invoke-Captured { Import-Csv $csv | Remove-MimecastGroupMember -WhatIf }
        Get-RequestCount $run '/api/directory/remove-group-member' | Should -Be 0
        @(Get-MimecastGroupMember -Group 'All Staff' | ForEach-Object { $_.EmailAddress }) | Should -Be @('rt.one@example.com')
    }

    It 'removes nothing in an unattended run until -Confirm:$false is given' {
        $one = Join-Path $TestDrive 'one-member.csv'
        Write-TestFile -Path $one -Lines @('Group,EmailAddress', 'All Staff,rt.one@example.com')
        $lines = Invoke-UnattendedRemoval -Sandbox $sandbox -Command 'Remove-MimecastGroupMember' -CsvPath $one -Key 'EmailAddress'
        $lines[0] | Should -Be 'PROMPTED'
        $lines[1] | Should -BeLike 'FAILED *NonInteractive*'
        $lines[2..($lines.Count - 1)] | Should -Be @('UNATTENDED', 'REMOVED rt.one@example.com')
        Get-MimecastGroupMember -Group 'All Staff' | Should -BeNullOrEmpty
    }
}

Describe 'Get-MimecastGroupMember from a CSV file' {
    It 'lists the members of each row''s group and fails the row whose group is unknown' {
        Add-MimecastGroupMember -Group Sales -EmailAddress 'gm.jo@example.com' | Out-Null
        $csv = Join-Path $TestDrive 'groups.csv'
        Write-TestFile -Path $csv -Lines @('Group', 'Nowhere', $groupIds.FinanceEmea, 'Sales')
        $run = Invoke-Captured { Import-Csv $csv | Get-MimecastGroupMember }
        @($run.Output | ForEach-Object { $_.EmailAddress }) | Should -Be @('gm.cy@example.com', 'gm.ivy@example.com', 'gm.jo@example.com')
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'GroupNotFound,*'
        $run.Errors[0].Exception.Message | Should -BeLike "*'Nowhere'*"
    }

    It 'carries the row as the TargetObject of a failed lookup, so that $failed.TargetObject can be run again' {
        $csv = Join-Path $TestDrive 'groups.csv'
        Import-Csv $csv | Get-MimecastGroupMember -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed[0].TargetObject.Group | Should -Be 'Nowhere'
    }
}
