# Run: each block gets a new scope of the user's session state with its BeforeAll dot-sourced into it; each test a
# child scope shared with the BeforeEach/AfterEach around it. Results are reported as they happen.

function Invoke-Block {
    param($Block)
    $hasTests = (Get-TestCount $Block) -gt 0
    $driveBefore = Get-TestDriveEntry
    $setupError = $null
    if ($hasTests) {
        foreach ($setup in $Block.BeforeAll) {
            try { Invoke-UserCode $setup }
            catch {
                $setupError = $_
                Add-Fatal "BeforeAll of $(Get-BlockLabel $Block) failed: $(Format-Failure $_)"
                break
            }
        }
    }

    foreach ($item in $Block.Items) {
        if ($null -ne $setupError) {
            Complete-WithoutRunning -Item $item -Reason "BeforeAll of $(Get-BlockLabel $Block) failed: $(Format-Failure $setupError)"
        }
        elseif ($item.IsBlock) {
            $null = & $script:NewUserScope @{ Callback = ${function:Invoke-Block}; Argument = $item }
        }
        else {
            $null = & $script:NewUserScope @{ Callback = ${function:Invoke-Test}; Argument = $item }
        }
    }

    if ($hasTests) {
        foreach ($teardown in $Block.AfterAll) {
            try { Invoke-UserCode $teardown }
            catch { Add-Fatal "AfterAll of $(Get-BlockLabel $Block) failed: $(Format-Failure $_)" }
        }
    }

    Restore-TestDrive -Entries $driveBefore
}

function Invoke-Test {
    param($Test)
    if ($Test.Unsupported) {
        Complete-Test -Test $Test -Failures @("$($Test.Unsupported) is not supported by PesterLite (at $($Test.Location)); the test is failed, never skipped.") -Milliseconds 0
        return
    }

    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $script:State.CurrentTest = $Test
    try {
        if ($Test.HasData) { Set-TestData -Data $Test.Data }
        foreach ($setup in (Get-EachScriptBlock -Block $Test.Block -Property BeforeEach)) { Invoke-UserCode $setup }
        Invoke-UserCode $Test.Body
    }
    catch {
        $Test.Errors.Add($_)
    }

    foreach ($teardown in (Get-EachScriptBlock -Block $Test.Block -Property AfterEach -InnermostFirst)) {
        try { Invoke-UserCode $teardown }
        catch { $Test.Errors.Add($_) }
    }

    $script:State.CurrentTest = $null
    $watch.Stop()
    Complete-Test -Test $Test -Failures @($Test.Errors | ForEach-Object { Format-Failure $_ }) -Milliseconds $watch.Elapsed.TotalMilliseconds
}

# Dot-sourced into the user's current scope (the one Invoke-Block/Invoke-Test was called back in). The loop
# absorbs a stray break/continue in test code, which would otherwise escape into the runner's loops.
function Invoke-UserCode {
    param([scriptblock] $ScriptBlock)
    do { $null = . $ScriptBlock } until ($true)
}

# -ForEach data: each key of a hashtable becomes a variable, and the item itself is $_.
function Set-TestData {
    param($Data)
    $script:UserState.PSVariable.Set('_', $Data)
    if ($Data -is [System.Collections.IDictionary]) {
        foreach ($key in $Data.Keys) { $script:UserState.PSVariable.Set([string]$key, $Data[$key]) }
    }
}

# BeforeEach or AfterEach of a test: from the file level down to its block, or the other way round.
function Get-EachScriptBlock {
    param($Block, [string] $Property, [switch] $InnermostFirst)
    $chain = [System.Collections.Generic.List[object]]::new()
    for ($b = $Block; $null -ne $b; $b = $b.Parent) { $chain.Insert(0, $b) }
    if ($InnermostFirst) { $chain.Reverse() }
    foreach ($b in $chain) { foreach ($sb in $b.$Property) { $sb } }
}

function Get-TestCount {
    param($Block)
    $count = 0
    foreach ($item in $Block.Items) {
        if ($item.IsBlock) { $count += Get-TestCount $item } else { $count++ }
    }
    $count
}

function Complete-WithoutRunning {
    param($Item, [string] $Reason)
    if ($Item.IsBlock) {
        foreach ($child in $Item.Items) { Complete-WithoutRunning -Item $child -Reason $Reason }
    }
    else {
        Complete-Test -Test $Item -Failures @($Reason) -Milliseconds 0
    }
}

function Complete-Test {
    param($Test, [string[]] $Failures, [double] $Milliseconds)
    $script:State.Report.Invoke(@{
            Kind         = 'Test'
            Path         = (@($Test.Block.Path) + $Test.Name) -join ' > '
            Passed       = $Failures.Count -eq 0
            Error        = if ($Failures.Count -gt 0) { $Failures -join [Environment]::NewLine } else { $null }
            Milliseconds = $Milliseconds
        })
}

function Get-BlockLabel {
    param($Block)
    if ($Block.Kind -eq 'Root') { 'the file' } else { "'$($Block.Path -join ' > ')'" }
}

# The message and where it happened: for a Should failure the assertion line (as Pester prints it), for
# anything else the statement that threw.
function Format-Failure {
    param($ErrorRecord)
    $target = $ErrorRecord.TargetObject
    if ($ErrorRecord.FullyQualifiedErrorId -like 'PesterAssertionFailed*' -and $target -is [System.Collections.IDictionary] -and $target.Contains('File')) {
        return "$($ErrorRecord.Exception.Message)$([Environment]::NewLine)at $("$($target.LineText)".Trim()), $($target.File):$($target.Line)"
    }

    $info = $ErrorRecord.InvocationInfo
    $where = if ($info -and $info.ScriptName) { "$([Environment]::NewLine)at $("$($info.Line)".Trim()), $($info.ScriptName):$($info.ScriptLineNumber)" }
    else {
        # Thrown from code without a file (PesterLite's own stubs): name the first caller that has one.
        $frame = @("$($ErrorRecord.ScriptStackTrace)" -split '\r?\n' -match '^at .+, (?!<No file>).+: line \d+$')[0]
        if ($frame) { "$([Environment]::NewLine)$($frame -replace ': line (\d+)$', ':$1')" } else { '' }
    }
    $type = $ErrorRecord.Exception.GetType().Name
    "${type}: $($ErrorRecord.Exception.Message)$where"
}

<#
.SYNOPSIS
    Discovers and runs one test file; reports each finished test and each file-level failure through $Report
    (a hashtable with Kind = 'Test' or 'Fatal').
#>
function Invoke-PesterLiteFile {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [string] $TestDrive,
        [Parameter(Mandatory)] [System.Action[object]] $Report
    )

    $root = New-Block -Kind Root -Name '' -Parent $null
    $script:State = [pscustomobject]@{
        Phase       = 'Discovery'
        Root        = $root
        Current     = $root
        CurrentTest = $null
        Report      = $Report
        TestDrive   = $null
        Unsupported = [System.Collections.Generic.HashSet[string]]::new()
    }

    try {
        $tokens = $null
        $parseErrors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $tokens, [ref] $parseErrors)
        if ($parseErrors.Count -gt 0) {
            foreach ($parseError in $parseErrors) {
                Add-Fatal "Parse error at $($parseError.Extent.File):$($parseError.Extent.StartLineNumber): $($parseError.Message)"
            }
            return
        }

        Find-UnsupportedConstruct -Ast $ast

        try {
            $null = & $script:InvokeUserFile $Path
        }
        catch {
            Add-Fatal "Discovery failed: $(Format-Failure $_)"
            return
        }

        $script:State.Phase = 'Run'
        $script:State.Current = $null
        if ((Get-TestCount $root) -eq 0) {
            Add-Fatal 'The file defines no tests (no It). An empty test file fails: it proves nothing.'
            return
        }

        New-TestDrive -Path $TestDrive
        $null = & $script:NewUserScope @{ Callback = ${function:Invoke-Block}; Argument = $root }
    }
    finally {
        Remove-TestDrive
        $script:State = $null
    }
}
