<#
.SYNOPSIS
    PesterLite: runs Pester 5 test files (*.Tests.ps1) in a bare hosted PowerShell engine, where Pester is not
    installed. A test that passes here must pass under real Invoke-Pester, so whatever PesterLite does not do exactly
    like Pester 5 fails loudly instead of being skipped or approximated.

.DESCRIPTION
    Supported subset (everything else is an error that names the construct and fails the file):

      Describe / Context    nested in any depth; -Tag is accepted and ignored (no filtering)
      It                    -Tag ignored; -TestCases / -ForEach with hashtables (each key becomes a variable, the
                            hashtable is $_) or plain values ($_ only); <name>, <_> and <name.property> in the name
                            are expanded from the data; -AllowNullOrEmptyForEach
      BeforeAll / AfterAll  at file level or in any block
      BeforeEach / AfterEach   at file level or in any block; outer ones run first (AfterEach: inner first)
      $TestDrive, TestDrive:   one temporary folder per file, deleted at the end; what a block created in it is
                            removed when the block ends (as Pester 5)
      Should [-Not] -Be -BeExactly -BeNullOrEmpty -BeTrue -BeFalse -BeOfType -HaveCount -Match -MatchExactly
                    -BeLike -BeLikeExactly -Contain -BeIn -BeGreaterThan -BeLessThan -BeGreaterOrEqual
                    -BeLessOrEqual -Exist -Throw (-ExpectedMessage, -ErrorId, -ExceptionType, -PassThru),
                    with -Because and Pester's aliases (EQ, CEQ, GT, LT, GE, LE, HaveType, CMATCH); positions,
                    pipeline handling, comparisons and messages as Pester 5 (see PesterLite/Should.ps1); note that
                    -ExpectedMessage and -ErrorId are -like wildcards, as in Pester 5

    Not supported, and failing the file when used: Mock, Should -Invoke / -InvokeVerifiable / -HaveParameter /
    -FileContentMatch*, unknown or legacy (dash-less) Should operators, Set-ItResult, InModuleScope,
    BeforeDiscovery, It -Skip / -Pending / without a body / outside a block, Describe/Context -Skip / -ForEach,
    Assert-MockCalled, New-MockObject, Invoke-Pester, Add-ShouldOperator.

    Phases and scopes, as in Pester 5:
      Discovery  the file runs once; Describe/Context bodies run and register It/BeforeAll/...; variables and
                 functions they define are gone before any test runs (put setup in BeforeAll).
      Run        each block gets a new scope; its BeforeAll is dot-sourced into it, so what BeforeAll defines is
                 visible in its tests, nested blocks and AfterAll. Each It gets a new child scope shared by the
                 BeforeEach/AfterEach around it, so nothing a test sets leaks into the next one.
      A BeforeAll failure fails every test of its block (nested blocks included); AfterAll and AfterEach always
      run (except when the run is stopped: timeout, Ctrl+C). A file with no tests fails.

    User code runs in the user's (global) session state, never in this module's, exactly as Pester keeps its own
    module state away from tests: runner variables never shadow test variables ($_, $Name, ...), and -Throw script
    blocks see the caller's variables.

    This file only builds the module; its parts are in PesterLite/: Discovery.ps1 (Describe, It, ...), Run.ps1
    (scopes, setup and teardown, results, Invoke-PesterLiteFile), TestDrive.ps1, Unsupported.ps1, Should.ps1,
    Operators.ps1 and Format.ps1. The C# side (PesterLite.RunFile) embeds them all and runs one file per runspace.
#>
param(
    # The source of each part (PesterLite/*.ps1), dot-sourced into the module in this order.
    [Parameter(Mandatory)] [string[]] $Parts
)

& {
    # Created here, outside the module, these script blocks belong to the user's session state. Invoking one makes a
    # new scope there; the module's callback then dot-sources test code into that scope.
    $newUserScope = { param($______PesterLite) & $______PesterLite.Callback $______PesterLite.Argument }
    $invokeUserFile = { param($______PesterLite) & $______PesterLite }

    $module = New-Module -Name PesterLite -ArgumentList $Parts, $ExecutionContext.SessionState, $newUserScope, $invokeUserFile -ScriptBlock {
        param(
            [string[]] $Parts,
            [System.Management.Automation.SessionState] $UserState,
            [scriptblock] $NewUserScope,
            [scriptblock] $InvokeUserFile
        )

        $script:UserState = $UserState
        $script:NewUserScope = $NewUserScope
        $script:InvokeUserFile = $InvokeUserFile
        $script:State = $null

        foreach ($part in $Parts) {
            . ([scriptblock]::Create($part))
        }

        Export-ModuleMember -Function Describe, Context, It, BeforeAll, AfterAll, BeforeEach, AfterEach, Should,
        Mock, Set-ItResult, InModuleScope, BeforeDiscovery, Assert-MockCalled, Assert-VerifiableMock, New-MockObject,
        Invoke-Pester, Add-ShouldOperator, Invoke-PesterLiteFile
    }

    $module | Import-Module -Global
}
