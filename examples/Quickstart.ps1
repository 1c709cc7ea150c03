<#
.SYNOPSIS
    SpeechCustom quickstart: connect, upload custom voice training data, create a custom speech dataset and a
    personal voice, and wait for all of them in one pipeline.

.DESCRIPTION
    Without an Azure account, run it against the embedded mock server (no pwsh needed):

        dotnet run --project src/SpeechCustom.Host -- --mock examples/Quickstart.ps1

    The mock starts with the resources a team would have made in Speech Studio: professional voice project
    'Jessica' with training set 'jessica-300', and personal voice project 'PersonalVoice' with consent 'Jessica'.

    Against your own Speech resource (PowerShell 7.4+ or Windows PowerShell 5.1): set SPEECH_ENDPOINT and SPEECH_KEY
    (or run Connect-SpeechService first), create those resources or pass your own ids, and point -ContainerUrl at a
    blob container with a SAS that grants read and list.
#>
param(
    [string] $ContainerUrl = 'https://contoso.blob.core.windows.net/voicedata?sv=2024-08-04&sp=rl&se=2030-01-01&sig=REPLACE-WITH-YOUR-SAS',
    [string] $TrainingSetId = 'jessica-300',
    [string] $PersonalVoiceProjectId = 'PersonalVoice',
    [string] $ConsentId = 'Jessica'
)

$ErrorActionPreference = 'Stop'

# 1. Connect. With SPEECH_ENDPOINT and SPEECH_KEY set, every cmdlet would also connect by itself.
$key = [System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword   # or: Read-Host -AsSecureString
Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT -Key $key -PassThru | Out-Host

# 2. Where the data is: one container, recordings and their scripts side by side.
$audios  = New-SpeechBlobSource -ContainerUrl $ContainerUrl -Prefix 'jessica300/' -Extension .wav
$scripts = New-SpeechBlobSource -ContainerUrl $ContainerUrl -Prefix 'jessica300/' -Extension .txt
$prompt  = New-SpeechBlobSource -ContainerUrl $ContainerUrl -Prefix 'prompts/jessica/' -Extension .wav
$audios | Out-Host    # the SAS signature is never shown

# 3. Start three long-running jobs. Each cmdlet returns at once with an object that knows how to be waited on.
$work = @(
    New-TrainingSetUpload -TrainingSetId $TrainingSetId -Kind AudioAndScript -Audios $audios -Scripts $scripts -DisplayName 'Jessica, 300 sentences'
    New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName 'Contact center calls' -ContentUrl ($ContainerUrl -replace '\?', '/calls.zip?')
    New-PersonalVoice -Id 'jessica-personal' -ProjectId $PersonalVoiceProjectId -ConsentId $ConsentId -Audios $prompt
)
$work | Out-Host

# 4. Wait for all of them at once (one progress bar; each status change on the Verbose stream).
$done = $work | Wait-SpeechOperation -PollingIntervalSec 1 -Verbose
$done | Out-Host

$voice = $done | Where-Object { $_.PSTypeNames -contains 'SpeechCustom.PersonalVoice' }
"Personal voice ready: use speakerProfileId $($voice.SpeakerProfileId) in SSML (<mstts:ttsembedding speakerProfileId='...'>)."
