# Discovery: running the test file once, Describe/Context bodies included, to register blocks and tests. Test code
# (bodies, It, BeforeAll...) is only recorded here; it runs in Run.ps1.

function Describe {
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag,
        [Parameter(Position = 1)] [scriptblock] $Fixture,
        [switch] $Skip,
        [object] $ForEach,
        [switch] $AllowNullOrEmptyForEach
    )
    Add-Block -Kind Describe -Name $Name -Fixture $Fixture -Skip:$Skip -HasForEach:$PSBoundParameters.ContainsKey('ForEach') -Invocation $MyInvocation
}

function Context {
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag,
        [Parameter(Position = 1)] [scriptblock] $Fixture,
        [switch] $Skip,
        [object] $ForEach,
        [switch] $AllowNullOrEmptyForEach
    )
    Add-Block -Kind Context -Name $Name -Fixture $Fixture -Skip:$Skip -HasForEach:$PSBoundParameters.ContainsKey('ForEach') -Invocation $MyInvocation
}

function It {
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [scriptblock] $Test,
        [Alias('TestCases')] [object[]] $ForEach,
        [Alias('Tags')] [string[]] $Tag,
        [switch] $Skip,
        [switch] $Pending,
        [switch] $AllowNullOrEmptyForEach
    )
    $block = Assert-Discovery -Construct 'It' -Invocation $MyInvocation
    if ($block.Kind -eq 'Root') {
        throw (New-UnsupportedError -Construct 'It outside Describe/Context' -Invocation $MyInvocation)
    }

    $unsupported = $null
    if ($Skip) { $unsupported = 'It -Skip' }
    elseif ($Pending) { $unsupported = 'It -Pending' }
    elseif ($null -eq $Test) { $unsupported = 'It without a test script block (pending test)' }
    if ($unsupported) { Add-Unsupported -Construct $unsupported -Invocation $MyInvocation }

    if (-not $PSBoundParameters.ContainsKey('ForEach')) {
        $block.Items.Add((New-Test -Block $block -Name $Name -Body $Test -Unsupported $unsupported -Invocation $MyInvocation))
        return
    }

    if (($null -eq $ForEach -or $ForEach.Count -eq 0) -and -not $AllowNullOrEmptyForEach) {
        throw "It '$Name': -ForEach / -TestCases is null or empty. If that is expected, use -AllowNullOrEmptyForEach."
    }

    foreach ($data in @($ForEach)) {
        $case = New-Test -Block $block -Name (Expand-TestName -Name $Name -Data $data) -Body $Test -Unsupported $unsupported -Invocation $MyInvocation
        $case.HasData = $true
        $case.Data = $data
        $block.Items.Add($case)
    }
}

function BeforeAll {
    param([Parameter(Mandatory, Position = 0)] [scriptblock] $Scriptblock)
    (Assert-Discovery -Construct 'BeforeAll' -Invocation $MyInvocation).BeforeAll.Add($Scriptblock)
}

function AfterAll {
    param([Parameter(Mandatory, Position = 0)] [scriptblock] $Scriptblock)
    (Assert-Discovery -Construct 'AfterAll' -Invocation $MyInvocation).AfterAll.Add($Scriptblock)
}

function BeforeEach {
    param([Parameter(Mandatory, Position = 0)] [scriptblock] $Scriptblock)
    (Assert-Discovery -Construct 'BeforeEach' -Invocation $MyInvocation).BeforeEach.Add($Scriptblock)
}

function AfterEach {
    param([Parameter(Mandatory, Position = 0)] [scriptblock] $Scriptblock)
    (Assert-Discovery -Construct 'AfterEach' -Invocation $MyInvocation).AfterEach.Add($Scriptblock)
}

function Add-Block {
    param([string] $Kind, [string] $Name, [scriptblock] $Fixture, [switch] $Skip, [switch] $HasForEach, $Invocation)
    $parent = Assert-Discovery -Construct $Kind -Invocation $Invocation
    if ($Skip) { Add-Unsupported -Construct "$Kind -Skip" -Invocation $Invocation }
    if ($HasForEach) { Add-Unsupported -Construct "$Kind -ForEach (data-driven blocks)" -Invocation $Invocation }
    if ($null -eq $Fixture) { throw "$Kind '$Name' has no script block." }

    $block = New-Block -Kind $Kind -Name $Name -Parent $parent
    $parent.Items.Add($block)
    $script:State.Current = $block
    try {
        # The body belongs to the test file, so it runs in the user's session state in a new scope: what it
        # defines is visible to nested bodies during discovery only, as in Pester 5.
        $null = & $Fixture
    }
    finally {
        $script:State.Current = $parent
    }
}

function New-Block {
    param([string] $Kind, [string] $Name, $Parent)
    [pscustomobject]@{
        IsBlock    = $true
        Kind       = $Kind
        Name       = $Name
        Parent     = $Parent
        Path       = if ($null -eq $Parent -or $Parent.Kind -eq 'Root') { @($Name) } else { @($Parent.Path) + $Name }
        BeforeAll  = [System.Collections.Generic.List[scriptblock]]::new()
        AfterAll   = [System.Collections.Generic.List[scriptblock]]::new()
        BeforeEach = [System.Collections.Generic.List[scriptblock]]::new()
        AfterEach  = [System.Collections.Generic.List[scriptblock]]::new()
        Items      = [System.Collections.Generic.List[object]]::new()
    }
}

function New-Test {
    param($Block, [string] $Name, [scriptblock] $Body, [string] $Unsupported, $Invocation)
    [pscustomobject]@{
        IsBlock     = $false
        Name        = $Name
        Block       = $Block
        Body        = $Body
        HasData     = $false
        Data        = $null
        Unsupported = $Unsupported
        Location    = "$($Invocation.ScriptName):$($Invocation.ScriptLineNumber)"
        Errors      = [System.Collections.Generic.List[object]]::new()
    }
}

function Assert-Discovery {
    param([string] $Construct, $Invocation)
    if ($null -eq $script:State) {
        throw "$Construct is a PesterLite (Pester 5) keyword: run the file with PesterLite or Invoke-Pester, not directly."
    }

    if ($script:State.Phase -ne 'Discovery') {
        throw (New-UnsupportedError -Construct "$Construct inside It, BeforeAll or another run-time block (Pester 5 defines tests at discovery)" -Invocation $Invocation)
    }

    $script:State.Current
}

# <name>, <_> and <name.property> in test names, from -ForEach/-TestCases data, as Pester 5 expands them.
function Expand-TestName {
    param([string] $Name, $Data)
    [regex]::Replace($Name, '<([A-Za-z_][\w]*(?:\.[\w]+)*)>', {
            param($match)
            $steps = $match.Groups[1].Value.Split('.')
            if ($steps[0] -eq '_') { $value = $Data }
            elseif ($Data -is [System.Collections.IDictionary] -and $Data.Contains($steps[0])) { $value = $Data[$steps[0]] }
            else { return $match.Value }
            for ($i = 1; $i -lt $steps.Count; $i++) { $value = $value.($steps[$i]) }
            "$value"
        })
}
