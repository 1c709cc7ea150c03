# Should: the operator table, its parameter sets and the Should command itself, loaded into the PesterLite module.
#
# Everything here follows Pester 5 (pester/Pester, src/functions/assertions/*.ps1 and src/Format.ps1) so a test
# behaves the same under both: the same parameter sets and positions (-Be 5, -Throw '*msg*'), the same pipeline
# handling (operators that take array input see the whole pipeline, the others test each item; no input tests $null),
# the same comparisons (-Be is case-insensitive and compares arrays item by item; -ErrorId and -ExpectedMessage are
# -like wildcards) and the same failure messages ("Expected 2, but got 1.").

$script:ShouldOperators = [ordered]@{}

# Parameters are listed in their Pester order: that order gives their positions (-Be 5, -Throw 'msg' 'id').
function Register-ShouldOperator {
    param([string] $Name, [string] $Test, [string] $Alias, [switch] $SupportsArrayInput, [string[]] $Parameters, [string[]] $Switches = @())
    $script:ShouldOperators[$Name] = [pscustomobject]@{
        Name               = $Name
        Test               = $Test
        Alias              = $Alias
        SupportsArrayInput = [bool]$SupportsArrayInput
        Parameters         = $Parameters
        Switches           = $Switches
    }
}

Register-ShouldOperator -Name Be -Test Test-ShouldBe -Alias EQ -SupportsArrayInput -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeExactly -Test Test-ShouldBeExactly -Alias CEQ -SupportsArrayInput -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeGreaterThan -Test Test-ShouldBeGreaterThan -Alias GT -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeLessOrEqual -Test Test-ShouldBeLessOrEqual -Alias LE -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeIn -Test Test-ShouldBeIn -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeLessThan -Test Test-ShouldBeLessThan -Alias LT -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeGreaterOrEqual -Test Test-ShouldBeGreaterOrEqual -Alias GE -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeLike -Test Test-ShouldBeLike -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeLikeExactly -Test Test-ShouldBeLikeExactly -Parameters ExpectedValue, Because
Register-ShouldOperator -Name BeNullOrEmpty -Test Test-ShouldBeNullOrEmpty -SupportsArrayInput -Parameters Because
Register-ShouldOperator -Name BeOfType -Test Test-ShouldBeOfType -Alias HaveType -Parameters ExpectedType, Because
Register-ShouldOperator -Name BeTrue -Test Test-ShouldBeTrue -Parameters Because
Register-ShouldOperator -Name BeFalse -Test Test-ShouldBeFalse -Parameters Because
Register-ShouldOperator -Name Contain -Test Test-ShouldContain -SupportsArrayInput -Parameters ExpectedValue, Because
Register-ShouldOperator -Name Exist -Test Test-ShouldExist -Parameters Because
Register-ShouldOperator -Name HaveCount -Test Test-ShouldHaveCount -SupportsArrayInput -Parameters ExpectedValue, Because
Register-ShouldOperator -Name Match -Test Test-ShouldMatch -Parameters RegularExpression, Because
Register-ShouldOperator -Name MatchExactly -Test Test-ShouldMatchExactly -Alias CMATCH -Parameters RegularExpression, Because
Register-ShouldOperator -Name Throw -Test Test-ShouldThrow -Parameters ExpectedMessage, ErrorId, ExceptionType, Because, PassThru -Switches PassThru

# Pester operators outside the subset: named in the error instead of a generic "parameter not found".
$script:UnsupportedShouldOperators = 'Invoke', 'InvokeVerifiable', 'HaveParameter', 'FileContentMatch',
'FileContentMatchExactly', 'FileContentMatchMultiline', 'FileContentMatchMultilineExactly'

# One parameter set per operator: its switch (and alias), -Not, and its own parameters by position, exactly as
# Pester builds Should's dynamic parameters. Built anew per call, so nested Should calls never share state.
function New-ShouldParameterDictionary {
    $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
    $not = [System.Management.Automation.RuntimeDefinedParameter]::new('Not', [switch], [System.Collections.ObjectModel.Collection[Attribute]]::new())
    $dictionary.Add('Not', $not)
    foreach ($operator in $script:ShouldOperators.Values) {
        $attributes = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $attributes.Add((New-ParameterAttribute -Set $operator.Name))
        if ($operator.Alias) { $attributes.Add([System.Management.Automation.AliasAttribute]::new([string[]]@($operator.Alias))) }
        $dictionary.Add($operator.Name, [System.Management.Automation.RuntimeDefinedParameter]::new($operator.Name, [switch], $attributes))
        $not.Attributes.Add((New-ParameterAttribute -Set $operator.Name))

        $position = 1
        foreach ($name in $operator.Parameters) {
            if (-not $dictionary.ContainsKey($name)) {
                $type = if ($operator.Switches -contains $name) { [switch] } else { [object] }
                $dictionary.Add($name, [System.Management.Automation.RuntimeDefinedParameter]::new($name, $type, [System.Collections.ObjectModel.Collection[Attribute]]::new()))
            }
            $dictionary[$name].Attributes.Add((New-ParameterAttribute -Set $operator.Name -Position ($position++)))
        }
    }
    $dictionary
}

function New-ParameterAttribute {
    param([string] $Set, [int] $Position = [int]::MinValue)
    $attribute = [System.Management.Automation.ParameterAttribute]::new()
    $attribute.ParameterSetName = $Set
    if ($Position -ne [int]::MinValue) { $attribute.Position = $Position }
    $attribute
}

function Should {
    # The default set catches what matches no operator (unknown -Names land in ActualValue), so the error can say what
    # is unsupported instead of "parameter set cannot be resolved".
    [CmdletBinding(DefaultParameterSetName = 'NoOperator', PositionalBinding = $false)]
    param(
        [Parameter(ValueFromPipeline = $true)]
        [object] $ActualValue,

        # Pester puts these into ActualValue; kept apart here so piped input still binds and the error can name them.
        [Parameter(ValueFromRemainingArguments = $true)]
        [object[]] $UnknownArgument
    )

    dynamicparam {
        $myLine = if ($null -ne $MyInvocation -and 0 -le ($MyInvocation.OffsetInLine - 1)) { $MyInvocation.Line.Substring($MyInvocation.OffsetInLine - 1) }
        if ($myLine -match '^\s{0,}should\s{1,}(?<Operator>[^\-\@\s]+)') {
            throw 'Legacy Should syntax (without dashes) is not supported in Pester 5. Please refer to migration guide at: https://pester.dev/docs/migrations/v3-to-v4'
        }
        New-ShouldParameterDictionary
    }

    begin {
        $inputArray = [System.Collections.Generic.List[PSObject]]::new()
    }

    process {
        $inputArray.Add($ActualValue)
    }

    end {
        $file = $MyInvocation.ScriptName
        $lineNumber = $MyInvocation.ScriptLineNumber
        $lineText = $MyInvocation.Line.TrimEnd("`r`n".ToCharArray())

        $operator = $script:ShouldOperators[$PSCmdlet.ParameterSetName]
        if ($null -eq $operator -or $UnknownArgument) {
            $names = @($UnknownArgument | Where-Object { $_ -is [string] -and $_ -like '-*' })
            $what = if ($names) { "Should $($names[0])" } elseif ($UnknownArgument) { "Should with extra arguments ($($UnknownArgument -join ' '))" } else { 'Should without an operator' }
            Add-Unsupported -Construct $what -Invocation $MyInvocation
            throw [System.NotSupportedException]"$what is not supported by PesterLite. Supported operators: -$($script:ShouldOperators.Keys -join ', -')."
        }

        $negate = [bool]$PSBoundParameters['Not']
        $shouldThrow = if ($PSBoundParameters.ContainsKey('ErrorAction')) { 'Stop' -eq $PSBoundParameters['ErrorAction'] } else { $true }
        $arguments = @{}
        foreach ($key in $PSBoundParameters.Keys) {
            if ($key -in 'ActualValue', 'UnknownArgument', 'Not', $operator.Name) { continue }
            if ([System.Management.Automation.Cmdlet]::CommonParameters.Contains($key)) { continue }
            $arguments[$key] = $PSBoundParameters[$key]
        }

        # What is tested: $null without input, the whole input for array operators, else each item on its own.
        $values = [System.Collections.Generic.List[object]]::new()
        if ($inputArray.Count -eq 0) { $values.Add($null) }
        elseif ($operator.SupportsArrayInput) { $values.Add($inputArray.ToArray()) }
        else { foreach ($item in $inputArray) { $values.Add($item) } }

        foreach ($value in $values) {
            $result = & $operator.Test -ActualValue $value -Negate:$negate @arguments
            if ($result.Succeeded) {
                if ($null -ne $result.Data) { $result.Data }
                continue
            }

            $record = [System.Management.Automation.ErrorRecord]::new(
                [Exception]::new($result.FailureMessage), 'PesterAssertionFailed', [System.Management.Automation.ErrorCategory]::InvalidResult,
                @{ Message = $result.FailureMessage; File = $file; Line = $lineNumber; LineText = $lineText; Terminating = $shouldThrow })
            $test = $script:State.CurrentTest
            if ($shouldThrow -or $null -eq $test) { throw $record }
            # -ErrorAction Continue: as Pester, record the failure and let the test go on; it fails at the end.
            $test.Errors.Add($record)
        }
    }
}

# For the static check of a file: what in one Should command is outside the subset.
function Test-ShouldUsage {
    param([System.Management.Automation.Language.CommandAst] $Command, [string[]] $Parameters)
    $known = [System.Collections.Generic.List[string]]::new()
    $known.AddRange([string[]]@('Not', 'ActualValue'))
    $known.AddRange([string[]][System.Management.Automation.Cmdlet]::CommonParameters)
    foreach ($operator in $script:ShouldOperators.Values) {
        $known.Add($operator.Name)
        if ($operator.Alias) { $known.Add($operator.Alias) }
        $known.AddRange([string[]]$operator.Parameters)
    }

    $unsupportedOperator = @($Parameters | Where-Object { $script:UnsupportedShouldOperators -contains $_ })
    if ($unsupportedOperator) { return "Should -$($unsupportedOperator[0])" }

    $operatorGiven = $false
    foreach ($parameter in $Parameters) {
        $matching = @($known | Where-Object { $_ -eq $parameter } | Select-Unique)
        if ($matching.Count -eq 0) { $matching = @($known | Where-Object { $_ -like "$parameter*" } | Select-Unique) }
        if ($matching.Count -ne 1) { "Should -$parameter"; continue }
        if ($script:ShouldOperators.Contains($matching[0]) -or ($script:ShouldOperators.Values | Where-Object Alias -EQ $matching[0])) { $operatorGiven = $true }
    }

    $second = if ($Command.CommandElements.Count -gt 1) { $Command.CommandElements[1] } else { $null }
    if (-not $operatorGiven -and $second -is [System.Management.Automation.Language.StringConstantExpressionAst] -and $second.StringConstantType -eq 'BareWord') {
        "Should $($second.Value) (legacy syntax without a dash)"
    }
}

function Select-Unique {
    begin { $seen = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase) }
    process { if ($seen.Add($_)) { $_ } }
}
