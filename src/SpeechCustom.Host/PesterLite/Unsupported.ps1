# What is outside the subset fails loudly: a test must never pass because something it relies on was skipped or
# approximated. Each construct is reported once per place as a file-level failure (FatalError) and, when it runs,
# also fails its test.

# Pester commands PesterLite does not implement. Each fails the test that calls it and the whole file, with
# a message naming the construct: a test must never pass because something it relies on was ignored.
function Mock { Stop-Unsupported -Construct 'Mock' -Invocation $MyInvocation }
function Set-ItResult { Stop-Unsupported -Construct 'Set-ItResult' -Invocation $MyInvocation }
function InModuleScope { Stop-Unsupported -Construct 'InModuleScope' -Invocation $MyInvocation }
function BeforeDiscovery { Stop-Unsupported -Construct 'BeforeDiscovery' -Invocation $MyInvocation }
function Assert-MockCalled { Stop-Unsupported -Construct 'Assert-MockCalled' -Invocation $MyInvocation }
function Assert-VerifiableMock { Stop-Unsupported -Construct 'Assert-VerifiableMock' -Invocation $MyInvocation }
function New-MockObject { Stop-Unsupported -Construct 'New-MockObject' -Invocation $MyInvocation }
function Invoke-Pester { Stop-Unsupported -Construct 'Invoke-Pester (nested runs)' -Invocation $MyInvocation }
function Add-ShouldOperator { Stop-Unsupported -Construct 'Add-ShouldOperator (custom Should operators)' -Invocation $MyInvocation }

function Add-Fatal {
    param([string] $Message)
    $script:State.Report.Invoke(@{ Kind = 'Fatal'; Message = $Message })
}

function Add-Unsupported {
    param([string] $Construct, $Invocation)
    $where = if ($Invocation -and $Invocation.ScriptName) { " at $($Invocation.ScriptName):$($Invocation.ScriptLineNumber)" } else { '' }
    $key = "$Construct$where"
    if ($script:State -and $script:State.Unsupported.Add($key)) {
        Add-Fatal "Unsupported Pester construct: $Construct$where. PesterLite fails instead of skipping or approximating it (supported subset: src/SpeechCustom.Host/README.md)."
    }
}

function New-UnsupportedError {
    param([string] $Construct, $Invocation)
    Add-Unsupported -Construct $Construct -Invocation $Invocation
    [System.Management.Automation.ErrorRecord]::new(
        [System.NotSupportedException]::new("$Construct is not supported by PesterLite (supported subset: src/SpeechCustom.Host/README.md)."),
        'PesterLiteUnsupported', [System.Management.Automation.ErrorCategory]::NotImplemented, $Construct)
}

function Stop-Unsupported {
    param([string] $Construct, $Invocation)
    throw (New-UnsupportedError -Construct $Construct -Invocation $Invocation)
}

# Finds what is outside the subset before anything runs, so an unsupported construct fails the file even
# when it sits in a test that would not reach it.
function Find-UnsupportedConstruct {
    param([System.Management.Automation.Language.Ast] $Ast)
    $unsupportedCommands = 'Mock', 'Set-ItResult', 'InModuleScope', 'BeforeDiscovery', 'Assert-MockCalled',
    'Assert-VerifiableMock', 'New-MockObject', 'Invoke-Pester', 'Add-ShouldOperator', 'New-PesterContainer',
    'New-PesterConfiguration', 'Set-TestInconclusive', 'New-Fixture', 'Get-ShouldOperator'
    $commands = $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
    foreach ($command in $commands) {
        $name = $command.GetCommandName()
        if (-not $name) { continue }
        $where = [pscustomobject]@{ ScriptName = $command.Extent.File; ScriptLineNumber = $command.Extent.StartLineNumber }
        $parameters = @($command.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName)
        if ($unsupportedCommands -contains $name) {
            Add-Unsupported -Construct $name -Invocation $where
        }
        elseif ($name -in 'It', 'Describe', 'Context') {
            foreach ($p in $parameters) {
                if ($p -in 'Skip', 'Pending') { Add-Unsupported -Construct "$name -$p" -Invocation $where }
                if ($name -ne 'It' -and $p -in 'ForEach', 'TestCases') { Add-Unsupported -Construct "$name -$p (data-driven blocks)" -Invocation $where }
            }
        }
        elseif ($name -eq 'Should') {
            foreach ($problem in (Test-ShouldUsage -Command $command -Parameters $parameters)) {
                Add-Unsupported -Construct $problem -Invocation $where
            }
        }
    }
}
