# The Pester files and build.ps1 must also run in Windows PowerShell 5.1, where most users are and which no
# machine here has. Its parser cannot run here, so this walks each file's syntax tree and rejects what only
# PowerShell 7 understands. Type names are compared as strings: 5.1 has no such AST types to name.
BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $scripts = @(Get-ChildItem -Path $PSScriptRoot -Recurse -Include '*.ps1', '*.psm1' | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
    $scripts += Get-Item (Join-Path $root 'build.ps1')
    $files = @($scripts | ForEach-Object { @{ Path = $_.FullName; Name = $_.Name } })
}

BeforeAll {
    function Get-SevenOnlySyntax {
        param([Parameter(Mandatory = $true)] [System.Management.Automation.Language.Ast] $Ast)
        $found = $Ast.FindAll({
                param($node)
                $type = $node.GetType().Name
                if ($type -eq 'TernaryExpressionAst' -or $type -eq 'PipelineChainAst') { return $true }
                if ($type -eq 'BinaryExpressionAst' -and $node.Operator.ToString() -eq 'QuestionQuestion') { return $true }
                if ($type -eq 'AssignmentStatementAst' -and $node.Operator.ToString() -eq 'QuestionQuestionEquals') { return $true }
                if ($node.PSObject.Properties['NullConditional'] -and $node.NullConditional) { return $true }
                if ($type -eq 'CommandAst' -and $node.GetCommandName() -match '^(ForEach-Object|foreach|%)$') {
                    return @($node.CommandElements | Where-Object { $_.GetType().Name -eq 'CommandParameterAst' -and 'Parallel' -like "$($_.ParameterName)*" }).Count -gt 0
                }
                return $false
            }, $true)
        $clean = @($Ast.FindAll({ param($node) $node.GetType().Name -eq 'ScriptBlockAst' -and $node.PSObject.Properties['CleanBlock'] -and $null -ne $node.CleanBlock }, $true))
        return @($found) + $clean | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Extent.Text)" }
    }
}

Describe 'Windows PowerShell 5.1 syntax in <Name>' -ForEach $files {
    BeforeAll {
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $tokens, [ref] $errors)
    }

    It 'parses' {
        $errors | Should -BeNullOrEmpty
    }

    It 'uses no ternary, ??, ??=, ?., ?[], && or || chains, ForEach-Object -Parallel or clean blocks' {
        Get-SevenOnlySyntax $ast | Should -BeNullOrEmpty
    }

    It 'has a UTF-8 BOM if it holds any non-ASCII character (5.1 reads a file without one as ANSI)' {
        $bytes = [System.IO.File]::ReadAllBytes($Path)
        $hasBom = $bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF
        $nonAscii = @($bytes | Where-Object { $_ -gt 0x7F }).Count -gt 0
        ($hasBom -or -not $nonAscii) | Should -BeTrue -Because 'a file with non-ASCII text needs a BOM'
    }
}
