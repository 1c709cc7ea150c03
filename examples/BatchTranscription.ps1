<#
.SYNOPSIS
    Batch transcription at scale: one job for many recordings with diarization and word timestamps, a web hook that
    is told when it ends, the transcripts as objects and as files, and the recordings that failed listed by name.

.DESCRIPTION
    Without an Azure account, run it against the embedded mock server (no pwsh needed):

        dotnet run --project src/SpeechCustom.Host -- --mock examples/BatchTranscription.ps1

    The mock transcribes any https URL; a URL containing 'fail-me' fails the way a corrupt recording does.
    Against your own Speech resource: set SPEECH_ENDPOINT and SPEECH_KEY (or run Connect-SpeechService first) and pass
    -ContainerUrl, a container with a SAS that grants read and list (the job reads the recordings from there; the
    Speech key is never sent to blob storage).
#>
param(
    [string] $ContainerUrl = 'https://contoso.blob.core.windows.net/calls?sv=2024-08-04&sp=rl&se=2030-01-01&sig=REPLACE-WITH-YOUR-SAS',
    [int] $Count = 200,
    [string] $Destination = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "speechcustom-transcripts-$PID")
)

$ErrorActionPreference = 'Stop'
$key = [System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword   # or: Read-Host -AsSecureString
Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT -Key $key

# 1. The recordings: here URLs built from a container; -ContentContainerUrl $ContainerUrl would take the whole container.
$base, $sas = $ContainerUrl -split '\?', 2
$urls = @(1..$Count | ForEach-Object { if ($_ -eq 7) { "$base/fail-me-$_.wav?$sas" } else { "$base/call-$_.wav?$sas" } })

# 2. One job, every option a call center wants; -Wait polls with the service's Retry-After.
$job = New-SpeechTranscription -DisplayName "Calls $([datetime]::UtcNow.ToString('yyyy-MM-dd'))" -Locale en-US -ContentUrl $urls `
    -Diarization -MaxSpeakers 3 -WordLevelTimestamps -PunctuationMode DictatedAndAutomatic -ProfanityFilterMode Masked `
    -TimeToLive ([timespan]::FromDays(2)) -Wait -PollingIntervalSec 1
$job | Out-Host

# 3. Transcripts as objects and as files (downloaded in parallel, without the Speech key). Each failed recording is a
#    non-terminating error of its own: collect them instead of stopping.
$transcripts = @($job | Receive-SpeechTranscriptionResult -Destination $Destination -Force -ErrorAction SilentlyContinue -ErrorVariable failed)
"$($transcripts.Count) transcripts received, files in $Destination; $($failed.Count) recording(s) failed:"
$failed | ForEach-Object { '  ' + $_.Exception.Message }

# Who said what, and when, in the first call.
$transcripts[0].Phrases | ForEach-Object { '[{0:mm\:ss}] speaker {1}: {2}' -f $_.Offset, $_.Speaker, $_.Text }
'First words with their timestamps:'
$transcripts[0].Phrases[0].Words[0..2] | Out-Host

# 4. Clean up: the job and its results in the service.
$job | Remove-SpeechTranscription -Confirm:$false
