# TestDrive: one folder per file ($TestDrive and the TestDrive: drive); what a block adds is removed when the block
# ends, as Pester 5 does.

function New-TestDrive {
    param([string] $Path)
    $null = [System.IO.Directory]::CreateDirectory($Path)
    $provider = $script:UserState.Provider.GetOne('FileSystem')
    $drive = [System.Management.Automation.PSDriveInfo]::new('TestDrive', $provider, $Path, 'PesterLite TestDrive', $null)
    $null = $script:UserState.Drive.New($drive, 'Global')
    $script:UserState.PSVariable.Set('global:TestDrive', $Path)
    $script:State.TestDrive = $Path
}

function Remove-TestDrive {
    if (-not $script:State.TestDrive) { return }
    try { $script:UserState.Drive.Remove('TestDrive', $true, 'Global') } catch { }
    $script:UserState.PSVariable.Remove('global:TestDrive')
    if ([System.IO.Directory]::Exists($script:State.TestDrive)) {
        [System.IO.Directory]::Delete($script:State.TestDrive, $true)
    }
}

function Get-TestDriveEntry {
    if ($script:State.TestDrive -and [System.IO.Directory]::Exists($script:State.TestDrive)) {
        , [string[]][System.IO.Directory]::GetFileSystemEntries($script:State.TestDrive)
    }
    else {
        , [string[]]@()
    }
}

function Restore-TestDrive {
    param([string[]] $Entries)
    foreach ($entry in (Get-TestDriveEntry)) {
        if ($Entries -contains $entry) { continue }
        if ([System.IO.Directory]::Exists($entry)) { [System.IO.Directory]::Delete($entry, $true) }
        else { [System.IO.File]::Delete($entry) }
    }
}
