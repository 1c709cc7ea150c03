#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the SpeechCustom module (for people who have pwsh; CI and machines without pwsh use
    the dotnet commands in README.md, which do the same).

.PARAMETER Task
    Build   - build everything and stage the module in out/SpeechCustom (what would be published).
    Docs    - regenerate en-US/SpeechCustom.dll-Help.xml from docs/en-US/*.md and the cmdlets' metadata.
    Test    - run every test (xunit engine and module tests, Pester scenarios in the hosted engine).
    Package - build in Release and produce out/SpeechCustom.<version>.nupkg with PSResourceGet.

.EXAMPLE
    ./build.ps1 -Task Build, Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Docs', 'Test', 'Package')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' {
            Invoke-Dotnet build SpeechCustom.sln -c $Configuration
            Write-Host "Module staged in $(Join-Path $PSScriptRoot 'out/SpeechCustom')"
        }
        'Docs' {
            Invoke-Dotnet build src/SpeechCustom/SpeechCustom.csproj -c $Configuration
            Invoke-Dotnet run --project build/HelpBuilder -c $Configuration
            Invoke-Dotnet build src/SpeechCustom/SpeechCustom.csproj -c $Configuration
        }
        'Test' {
            Invoke-Dotnet test SpeechCustom.sln -c $Configuration
        }
        'Package' {
            Invoke-Dotnet build src/SpeechCustom/SpeechCustom.csproj -c Release
            $repo = Join-Path $PSScriptRoot 'out/repository'
            New-Item -ItemType Directory -Force -Path $repo | Out-Null
            if (-not (Get-PSResourceRepository -Name SpeechCustomLocal -ErrorAction SilentlyContinue)) {
                Register-PSResourceRepository -Name SpeechCustomLocal -Uri $repo -Trusted
            }
            Publish-PSResource -Path (Join-Path $PSScriptRoot 'out/SpeechCustom') -Repository SpeechCustomLocal
            Get-ChildItem $repo -Filter 'SpeechCustom.*.nupkg'
        }
    }
}
