<#
.SYNOPSIS
    Custom speech end to end: a project, training data from blob storage and from a local file, a model adapted with
    both, an evaluation against the base model (word error rates side by side), an endpoint, then everything removed.

.DESCRIPTION
    Without an Azure account, run it against the embedded mock server (no pwsh needed):

        dotnet run --project src/SpeechCustom.Host -- --mock examples/CustomSpeech.ps1

    Against your own Speech resource (PowerShell 7.4+ or Windows PowerShell 5.1): set SPEECH_ENDPOINT and SPEECH_KEY
    (or run Connect-SpeechService first) and point -AudioZipUrl at a .zip of .wav files with their transcript, with a
    SAS that grants read. The same script runs unchanged on API versions 2025-10-15 and v3.2 (-ApiVersion).
#>
param(
    [string] $AudioZipUrl = 'https://contoso.blob.core.windows.net/speech/calls.zip?sv=2024-08-04&sp=rl&se=2030-01-01&sig=REPLACE-WITH-YOUR-SAS',
    [string] $ApiVersion = '2025-10-15',
    [string] $Locale = 'en-US',
    [switch] $Keep
)

$ErrorActionPreference = 'Stop'
$key = [System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword   # or: Read-Host -AsSecureString
Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT -Key $key -SpeechToTextApiVersion $ApiVersion

# 1. A project keeps the team's data, models and endpoints together.
$project = New-CsrProject -DisplayName 'Contact center' -Locale $Locale -Description 'Calls to the support line'

# 2. Data: recorded calls from blob storage, and the product phrases the team keeps on disk (uploaded in blocks of
#    at most 8 MiB, streamed from disk with a progress bar; on v3.2 in one multipart request).
$phrases = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "contoso-phrases-$PID.txt")
[System.IO.File]::WriteAllLines($phrases, [string[]](1..500 | ForEach-Object { "thank you for calling contoso, order $_ ships today" }))
$datasets = @(
    $project | New-CsrDataset -Kind Acoustic -DisplayName 'Support calls' -ContentUrl $AudioZipUrl
    $project | New-CsrDataset -Kind Language -DisplayName 'Product phrases' -Path $phrases
) | Wait-SpeechOperation -PollingIntervalSec 1
$datasets | Out-Host
[System.IO.File]::Delete($phrases)

# The validation report says which lines were rejected, and why.
$rejected = @($datasets | Where-Object Kind -eq Language | Get-CsrDatasetFile -Report | Where-Object { -not $_.Accepted })
"$($rejected.Count) line(s) of the phrases were rejected, for example:"
$rejected[0..2] | Out-Host

# 3. Adapt the newest base model with both datasets, then measure it against that base model on the audio.
$base  = Get-CsrBaseModel -Locale $Locale -Latest
$model = $datasets | New-CsrModel -DisplayName 'Contact center v1' -BaseModel $base -Project $project -Wait -PollingIntervalSec 1
$evaluation = $model | New-CsrEvaluation -DisplayName 'v1 against base' -Model2 $base -Dataset ($datasets | Where-Object Kind -eq Acoustic) -Wait -PollingIntervalSec 1
$evaluation | Out-Host    # WER1 (the custom model) and WER2 (the base model) side by side

# 4. Deploy it.
$endpoint = $model | New-CsrEndpoint -DisplayName 'Contact center' -Project $project -Wait -PollingIntervalSec 1
$endpoint | Out-Host

# 5. Everything the project holds, then clean up.
$project | Get-CsrModel | Out-Host
if (-not $Keep) {
    $endpoint | Remove-CsrEndpoint -Confirm:$false
    $evaluation | Remove-CsrEvaluation -Confirm:$false
    $model | Remove-CsrModel -Confirm:$false
    $datasets | Remove-CsrDataset -Confirm:$false
    $project | Remove-CsrProject -Confirm:$false
    "Removed the project and everything in it."
}
