# The Should operators, each a port of Pester 5's (src/functions/assertions/*.ps1): same comparisons, same edge cases,
# same messages. Each returns Succeeded, FailureMessage and, for -Throw -PassThru, Data.

function New-ShouldResult {
    param([bool] $Succeeded, [string] $FailureMessage, $Data)
    [pscustomobject]@{ Succeeded = $Succeeded; FailureMessage = $FailureMessage; Data = $Data }
}

function Test-ShouldBe {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because, [switch] $CaseSensitive)
    $succeeded = Test-ArraysAreEqual $ActualValue $ExpectedValue -CaseSensitive:$CaseSensitive
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }

    $exactly = if ($CaseSensitive) { 'exactly ' } else { '' }
    if ($Negate) {
        $same = if ($CaseSensitive) { 'exactly the same value' } else { 'the same value' }
        return New-ShouldResult $false "Expected $(Format-Nicely $ExpectedValue) to be different from the actual value,$(Format-Because $Because) but got $same."
    }

    # Unroll one-item arrays so that a piped string compares as a string.
    $actual = $($ActualValue)
    $expected = $($ExpectedValue)
    if ($expected -is [string] -and $actual -is [string]) {
        return New-ShouldResult $false ((Get-CompareStringMessage -ExpectedValue $expected -Actual $actual -CaseSensitive:$CaseSensitive -Because $Because) -join "`n")
    }

    New-ShouldResult $false "Expected $exactly$(Format-Nicely $expected),$(Format-Because $Because) but got $(Format-Nicely $actual)."
}

function Test-ShouldBeExactly {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    Test-ShouldBe -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Negate:$Negate -Because $Because -CaseSensitive
}

function Test-ArraysAreEqual {
    param([object[]] $First, [object[]] $Second, [switch] $CaseSensitive, [int] $Depth = 0)
    if (++$Depth -gt 100) { throw "Reached the recursion depth limit of 100 when comparing arrays $First and $Second. Is one of your arrays cyclic?" }
    $firstEmpty = Test-NullOrEmptyArray @($First)
    $secondEmpty = Test-NullOrEmptyArray @($Second)
    if ($firstEmpty -or $secondEmpty) { return $firstEmpty -and $secondEmpty }
    if ($First.Count -ne $Second.Count) { return $false }
    for ($i = 0; $i -lt $First.Count; $i++) {
        if ($First[$i] -is [array] -or $Second[$i] -is [array]) {
            if (-not (Test-ArraysAreEqual $First[$i] $Second[$i] -CaseSensitive:$CaseSensitive -Depth $Depth)) { return $false }
        }
        elseif ($CaseSensitive) {
            if (-not ($Second[$i] -ceq $First[$i])) { return $false }
        }
        elseif (-not ($Second[$i] -eq $First[$i])) { return $false }
    }
    $true
}

function Test-NullOrEmptyArray {
    param([object[]] $Array)
    $null -eq $Array -or $Array.Count -eq 0 -or ($Array.Count -eq 1 -and $null -eq $Array[0])
}

function Test-ShouldBeNullOrEmpty {
    param([object[]] $ActualValue, [switch] $Negate, [string] $Because)
    if ($null -eq $ActualValue -or $ActualValue.Count -eq 0) { $succeeded = $true }
    elseif ($ActualValue.Count -eq 1) {
        $single = $ActualValue[0]
        $succeeded = if ($single -is [hashtable]) { $single.Count -eq 0 } else { [string]::IsNullOrEmpty($single) }
    }
    else { $succeeded = $false }

    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    if ($Negate) { return New-ShouldResult $false "Expected a value,$(Format-Because $Because) but got `$null or empty." }
    New-ShouldResult $false "Expected `$null or empty,$(Format-Because $Because) but got $(Format-Nicely $ActualValue)."
}

function Test-ShouldBeTrue {
    param($ActualValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeFalse -ActualValue $ActualValue -Because $Because }
    if (-not $ActualValue) { return New-ShouldResult $false "Expected `$true,$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

function Test-ShouldBeFalse {
    param($ActualValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeTrue -ActualValue $ActualValue -Because $Because }
    if ($ActualValue) { return New-ShouldResult $false "Expected `$false,$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

# A .NET type check with -is, as Pester: a type or a type name ('[int]' or 'int'); PSTypeNames do not count.
function Test-ShouldBeOfType {
    param($ActualValue, $ExpectedType, [switch] $Negate, [string] $Because)
    if ($ExpectedType -is [string]) {
        $parsed = ($ExpectedType -replace '^\[(.*)\]$', '$1') -as [type]
        if ($null -eq $parsed) { throw [ArgumentException]"Could not find type [$ExpectedType]. Make sure that the assembly that contains that type is loaded." }
        $ExpectedType = $parsed
    }

    $succeeded = $ActualValue -is $ExpectedType
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    $actualType = if ($null -ne $ActualValue) { $ActualValue.GetType() } else { $null }
    $actualTypeText = if ($null -eq $actualType) { '<none>' } else { Format-Nicely $actualType }
    $not = if ($Negate) { 'not ' } else { '' }
    New-ShouldResult $false "Expected the value to ${not}have type $(Format-Nicely $ExpectedType) or any of its subtypes,$(Format-Because $Because) but got $(Format-Nicely $ActualValue) with type $actualTypeText."
}

function Test-ShouldHaveCount {
    param($ActualValue, [int] $ExpectedValue, [switch] $Negate, [string] $Because)
    if ($ExpectedValue -lt 0) { throw [ArgumentException]'Excpected collection size must be greater than or equal to 0.' }
    $count = if ($null -eq $ActualValue) { 0 } else { $ActualValue.Count }
    $expectingEmpty = $ExpectedValue -eq 0
    $succeeded = $count -eq $ExpectedValue
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }

    if ($Negate) {
        $expect = if ($expectingEmpty) { 'Expected a non-empty collection' } else { "Expected a collection with size different from $(Format-Nicely $ExpectedValue)" }
        $but = if ($count -ne 0) { "but got collection with that size $(Format-Nicely $ActualValue)." } else { 'but got an empty collection.' }
    }
    else {
        $expect = if ($expectingEmpty) { 'Expected an empty collection' } else { "Expected a collection with size $(Format-Nicely $ExpectedValue)" }
        $but = if ($count -ne 0) { "but got collection with size $(Format-Nicely $count) $(Format-Nicely $ActualValue)." } else { 'but got an empty collection.' }
    }
    New-ShouldResult $false "$expect,$(Format-Because $Because) $but"
}

function Test-ShouldMatch {
    param($ActualValue, $RegularExpression, [switch] $Negate, [string] $Because, [switch] $CaseSensitive)
    $succeeded = if ($CaseSensitive) { $ActualValue -cmatch $RegularExpression } else { $ActualValue -match $RegularExpression }
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    $how = if ($CaseSensitive) { 'case sensitively match' } else { 'match' }
    if ($Negate) { return New-ShouldResult $false "Expected regular expression $(Format-Nicely $RegularExpression) to not $how $(Format-Nicely $ActualValue),$(Format-Because $Because) but it did match." }
    New-ShouldResult $false "Expected regular expression $(Format-Nicely $RegularExpression) to $how $(Format-Nicely $ActualValue),$(Format-Because $Because) but it did not match."
}

function Test-ShouldMatchExactly {
    param($ActualValue, $RegularExpression, [switch] $Negate, [string] $Because)
    Test-ShouldMatch -ActualValue $ActualValue -RegularExpression $RegularExpression -Negate:$Negate -Because $Because -CaseSensitive
}

function Test-ShouldBeLike {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because, [switch] $CaseSensitive)
    $succeeded = if ($CaseSensitive) { $ActualValue -clike $ExpectedValue } else { $ActualValue -like $ExpectedValue }
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    $what = if ($CaseSensitive) { 'case sensitive like wildcard' } else { 'like wildcard' }
    if ($Negate) { return New-ShouldResult $false "Expected $what $(Format-Nicely $ExpectedValue) to not match $(Format-Nicely $ActualValue),$(Format-Because $Because) but it did match." }
    New-ShouldResult $false "Expected $what $(Format-Nicely $ExpectedValue) to match $(Format-Nicely $ActualValue),$(Format-Because $Because) but it did not match."
}

function Test-ShouldBeLikeExactly {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    Test-ShouldBeLike -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Negate:$Negate -Because $Because -CaseSensitive
}

function Test-ShouldContain {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    $succeeded = $ActualValue -contains $ExpectedValue
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    if ($Negate) { return New-ShouldResult $false "Expected $(Format-Nicely $ExpectedValue) to not be found in collection $(Format-Nicely $ActualValue),$(Format-Because $Because) but it was found." }
    New-ShouldResult $false "Expected $(Format-Nicely $ExpectedValue) to be found in collection $(Format-Nicely $ActualValue),$(Format-Because $Because) but it was not found."
}

function Test-ShouldBeIn {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    $succeeded = $ExpectedValue -contains $ActualValue
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    if ($Negate) { return New-ShouldResult $false "Expected collection $(Format-Nicely $ExpectedValue) to not contain $(Format-Nicely $ActualValue),$(Format-Because $Because) but it was found." }
    New-ShouldResult $false "Expected collection $(Format-Nicely $ExpectedValue) to contain $(Format-Nicely $ActualValue),$(Format-Because $Because) but it was not found."
}

# The four orderings; -Not of one is the opposite one, with the opposite message, as in Pester.
function Test-ShouldBeGreaterThan {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeLessOrEqual -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Because $Because }
    if ($ActualValue -le $ExpectedValue) { return New-ShouldResult $false "Expected the actual value to be greater than $(Format-Nicely $ExpectedValue),$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

function Test-ShouldBeLessOrEqual {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeGreaterThan -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Because $Because }
    if ($ActualValue -gt $ExpectedValue) { return New-ShouldResult $false "Expected the actual value to be less than or equal to $(Format-Nicely $ExpectedValue),$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

function Test-ShouldBeLessThan {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeGreaterOrEqual -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Because $Because }
    if ($ActualValue -ge $ExpectedValue) { return New-ShouldResult $false "Expected the actual value to be less than $(Format-Nicely $ExpectedValue),$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

function Test-ShouldBeGreaterOrEqual {
    param($ActualValue, $ExpectedValue, [switch] $Negate, [string] $Because)
    if ($Negate) { return Test-ShouldBeLessThan -ActualValue $ActualValue -ExpectedValue $ExpectedValue -Because $Because }
    if ($ActualValue -lt $ExpectedValue) { return New-ShouldResult $false "Expected the actual value to be greater than or equal to $(Format-Nicely $ExpectedValue),$(Format-Because $Because) but got $(Format-Nicely $ActualValue)." }
    New-ShouldResult $true
}

# Test-Path semantics (wildcards, any provider: TestDrive:\x, env:NAME, function:f) without Test-Path, which lives
# in a module a bare runspace does not have.
function Test-ShouldExist {
    param($ActualValue, [switch] $Negate, [string] $Because)
    $succeeded = [bool]$script:UserState.InvokeProvider.Item.Exists([string]$ActualValue)
    if ($Negate) { $succeeded = -not $succeeded }
    if ($succeeded) { return New-ShouldResult $true }
    if ($Negate) { return New-ShouldResult $false "Expected path $(Format-Nicely $ActualValue) to not exist,$(Format-Because $Because) but it did exist." }
    New-ShouldResult $false "Expected path $(Format-Nicely $ActualValue) to exist,$(Format-Because $Because) but it did not exist."
}

function Test-ShouldThrow {
    param($ActualValue, [string] $ExpectedMessage, [string] $ErrorId, [type] $ExceptionType, [switch] $Negate, [string] $Because, [switch] $PassThru)
    if ($null -eq $ActualValue -or $ActualValue -isnot [scriptblock]) {
        throw [ArgumentException]"Input is missing or not a ScriptBlock. Input to '-Throw' and '-Not -Throw' must be enclosed in curly braces."
    }

    $thrown = $false
    $actualError = $null
    $actualMessage = ''
    $actualLine = $null
    try {
        # The script block belongs to the test, so it runs in the user's scope that called Should ($_, variables).
        do { $null = & $ActualValue } until ($true)
    }
    catch {
        $thrown = $true
        $actualError = $_
        $actualMessage = $_.Exception.Message
        $actualLine = (Get-ExceptionLineInfo $_.InvocationInfo) -replace [Environment]::NewLine, "$([Environment]::NewLine)    "
    }

    if ($Negate) {
        if (-not $thrown) { return New-ShouldResult $true }
        return New-ShouldResult $false "Expected no exception to be thrown,$(Format-Because $Because) but an exception `"$actualMessage`" was thrown $actualLine."
    }

    $filters = @()
    $buts = @()
    if ($null -ne $ExceptionType) {
        $filters += "type $(Format-Nicely $ExceptionType)"
        if ($thrown -and $actualError.Exception -isnot $ExceptionType) { $buts += "the exception type was $(Format-Nicely ($actualError.Exception.GetType()))" }
    }

    if (-not [string]::IsNullOrWhiteSpace($ExpectedMessage)) {
        $filters += "message like $(Format-Nicely ([System.Management.Automation.WildcardPattern]::Unescape($ExpectedMessage)))"
        if ($thrown -and -not ($actualMessage.ToString() -like $ExpectedMessage)) { $buts += "the message was $(Format-Nicely $actualMessage)" }
    }

    if (-not [string]::IsNullOrWhiteSpace($ErrorId)) {
        $filters += "FullyQualifiedErrorId $(Format-Nicely $ErrorId)"
        if ($thrown -and -not ($actualError.FullyQualifiedErrorId.ToString() -like $ErrorId)) { $buts += "the FullyQualifiedErrorId was $(Format-Nicely $actualError.FullyQualifiedErrorId)" }
    }

    if (-not $thrown) { $buts += 'no exception was thrown' }
    if ($buts.Count -gt 0) {
        $filter = Join-And $filters
        $message = "Expected an exception$(if ($filter) { " with $filter" }) to be thrown,$(Format-Because $Because) but $(Join-And $buts). $actualLine".Trim()
        return New-ShouldResult $false $message
    }

    New-ShouldResult $true -Data $(if ($PassThru) { $actualError })
}
