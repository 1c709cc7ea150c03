# Formatting values in failure messages, as Pester's Format-Nicely and string comparison do, so messages read the same
# under both runners ("Expected 'x', but got 'y'.", "@(1, 2)", "$null", "<empty>").

function Format-Nicely {
    param($Value)
    if ($null -eq $Value) { return '$null' }
    if ($Value -is [bool]) { return '$' + "$Value".ToLowerInvariant() }
    if ($Value -is [string]) { if ('' -eq $Value) { return '<empty>' } return "'$Value'" }
    if ($Value -is [datetime]) { return $Value.ToString('o') }
    if ($Value -is [type]) { return '[' + [string]$Value + ']' }
    if ($Value -is [float] -or $Value -is [double] -or $Value -is [decimal]) { return [string]$Value }
    if ($Value -is [scriptblock]) { return '{' + $Value + '}' }
    if (Test-IsValue $Value) { return $Value }
    if ($Value -is [System.Collections.IDictionary]) { return [string]$Value }
    if (Test-IsCollection $Value) { return Format-Collection $Value }
    [string]$Value
}

function Test-IsValue {
    param($Value)
    # A one-item collection counts as its item, as in Pester.
    $Value = $($Value)
    $Value -is [ValueType] -or $Value -is [string] -or $Value -is [scriptblock]
}

function Test-IsCollection {
    param($Value)
    if ($Value -is [ValueType] -or $Value -is [string]) { return $false }
    -not [object]::ReferenceEquals($Value, $($Value))
}

function Format-Collection {
    param($Value)
    $limit = 10
    $count = $Value.Count
    $items = for ($i = 0; $i -lt [Math]::Min($count, $limit); $i++) { "$(Format-Nicely $Value[$i])" }
    '@(' + ($items -join ', ') + $(if ($count -gt $limit) { ", ...$($count - $limit) more" }) + ')'
}

function Format-Because {
    param([string] $Because)
    $reason = "$Because".Trim()
    if ([string]::IsNullOrEmpty($reason)) { return }
    " because $($reason -replace 'because\s'),"
}

function Join-And {
    param($Items, $Threshold = 2)
    if ($null -eq $Items -or $Items.Count -lt $Threshold) { return $Items -join ', ' }
    ($Items[0..($Items.Count - 2)] -join ', ') + ' and ' + $Items[-1]
}

# Pester's multi-line message for two different strings: lengths, the first differing index and an excerpt of both.
function Get-CompareStringMessage {
    param([AllowEmptyString()] [string] $ExpectedValue, [AllowEmptyString()] [string] $Actual, [switch] $CaseSensitive, $Because)
    $maximumLineLength = $Host.UI.RawUI.BufferSize.Width
    $contextLength = $maximumLineLength / 7
    $maxLength = [Math]::Max($ExpectedValue.Length, $Actual.Length)
    $differenceIndex = $null
    for ($i = 0; $i -lt $maxLength -and ($null -eq $differenceIndex); ++$i) {
        $differenceIndex = if ($CaseSensitive -and ($ExpectedValue[$i] -cne $Actual[$i])) { $i }
        elseif ($ExpectedValue[$i] -ne $Actual[$i]) { $i }
    }
    if ($null -eq $differenceIndex) { return }

    "Expected strings to be the same,$(Format-Because $Because) but they were different."
    if ($ExpectedValue.Length -ne $Actual.Length) {
        "Expected length: $($ExpectedValue.Length)"
        "Actual length:   $($Actual.Length)"
        "Strings differ at index $differenceIndex."
    }
    else {
        "String lengths are both $($ExpectedValue.Length)."
        "Strings differ at index $differenceIndex."
    }

    $surroundLength = "Expected: ''".Length
    $test = $script:State.CurrentTest
    $sideOffset = $(if ($test) { @($test.Block.Path).Count + 1 } else { 0 }) + 3
    $available = $maximumLineLength - $surroundLength - $sideOffset
    $expectedExcerpt = Format-AsExcerpt -InputObject (Expand-SpecialCharacter $ExpectedValue) -DifferenceIndex $differenceIndex -LineLength $available -ContextLength $contextLength
    $actualExcerpt = Format-AsExcerpt -InputObject (Expand-SpecialCharacter $Actual) -DifferenceIndex $differenceIndex -LineLength $available -ContextLength $contextLength
    "Expected: '{0}'" -f $expectedExcerpt.Line
    "But was:  '{0}'" -f $actualExcerpt.Line
    ' ' * ($surroundLength - 1) + '-' * $actualExcerpt.DifferenceIndex + '^'
}

function Format-AsExcerpt {
    param([AllowEmptyString()] [string] $InputObject, [int] $DifferenceIndex, [int] $LineLength, [int] $ContextLength)
    $marker = '...'
    $minimum = $ContextLength + $marker.Length + 1 + $marker.Length + $ContextLength
    if ($LineLength -lt $minimum -or $InputObject.Length -le $LineLength) {
        return @{ Line = $InputObject; DifferenceIndex = $DifferenceIndex }
    }

    $shiftToLeft = [Math]::Max(0, $DifferenceIndex - ($LineLength - 1 - $ContextLength - $marker.Length))
    $shifted = $InputObject.Substring($shiftToLeft, $InputObject.Length - $shiftToLeft)
    if ($shifted.Length -lt $InputObject.Length) { $shifted = $marker + $shifted.Substring($marker.Length, $shifted.Length - $marker.Length) }
    if ($shifted.Length -gt $LineLength) { $shifted = $shifted.Substring(0, $LineLength - $marker.Length) + $marker }
    @{ Line = $shifted; DifferenceIndex = $DifferenceIndex - $shiftToLeft }
}

function Expand-SpecialCharacter {
    param([AllowEmptyString()] [string] $InputObject)
    $InputObject -replace "`n", '\n' -replace "`r", '\r' -replace "`t", '\t' -replace "`0", '\0' -replace "`b", '\b'
}

function Get-ExceptionLineInfo {
    param($Info)
    if ($null -eq $Info) { return '' }
    $position = ($Info.PositionMessage -split '\r?\n' -match '\S') -join [Environment]::NewLine
    $position -replace '^At ', 'from '
}
