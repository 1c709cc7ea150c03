#Requires -Version 7.4
# Scenario: the seed pipelines of the first slice, as a user writes them.
# Runs under Pester 5 (Invoke-Pester) and under the repository's Pester-compatible runner, against the SpeechCustom
# mock server: SPEECH_ENDPOINT and SPEECH_KEY name it (dotnet run --project src/SpeechCustom.MockServer prints both).
# The failure cases use the mock's deterministic trigger: ids and names containing 'fail-me' fail with a realistic reason.

BeforeAll {
    $module = if ($env:SPEECHCUSTOM_MODULE) { $env:SPEECHCUSTOM_MODULE } else { [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SpeechCustom', 'SpeechCustom.psd1') }
    Import-Module $module -Force -ErrorAction Stop

    $endpoint = $env:SPEECH_ENDPOINT.TrimEnd('/')
    $key = $env:SPEECH_KEY
    $run = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $sas = 'sv=2024-08-04&sp=rl&se=2030-01-01&sig=ScenarioSignature'
    $http = [System.Net.Http.HttpClient]::new()

    # What a team would have created in Speech Studio before running the pipelines.
    function Set-MockResource([string] $Path, [string] $Json) {
        $request = [System.Net.Http.HttpRequestMessage]::new([System.Net.Http.HttpMethod]::Put, "$endpoint/customvoice/$($Path)?api-version=2026-01-01")
        $request.Headers.Add('Ocp-Apim-Subscription-Key', $key)
        $request.Content = [System.Net.Http.StringContent]::new($Json, [System.Text.Encoding]::UTF8, 'application/json')
        $response = $http.SendAsync($request).GetAwaiter().GetResult()
        if (-not $response.IsSuccessStatusCode) {
            throw "PUT $Path failed: $([int]$response.StatusCode) $($response.Content.ReadAsStringAsync().GetAwaiter().GetResult())"
        }
    }

    Set-MockResource "projects/Jessica-$run" '{"kind":"ProfessionalVoice","locale":"en-US"}'
    foreach ($set in "jessica-300-$run", "jessica-fail-me-$run") {
        Set-MockResource "trainingsets/$set" "{`"projectId`":`"Jessica-$run`",`"locale`":`"en-US`",`"voiceKind`":`"Female`"}"
    }
    Set-MockResource "projects/Personal-$run" '{"kind":"PersonalVoice"}'
    Set-MockResource "consents/Jessica-$run" "{`"projectId`":`"Personal-$run`",`"voiceTalentName`":`"Jessica Smith`",`"companyName`":`"Contoso`",`"locale`":`"en-US`",`"audioUrl`":`"https://contoso.blob.core.windows.net/consents/jessica.wav?$sas`"}"

    # A SecureString without ConvertTo-SecureString, so the file also runs where only the Core commands exist.
    Connect-SpeechService -Endpoint $endpoint -Key ([System.Net.NetworkCredential]::new('', $key).SecurePassword)
    $wav = New-SpeechBlobSource -ContainerUrl "https://contoso.blob.core.windows.net/voicedata?$sas" -Prefix 'jessica300/' -Extension .wav
    $txt = New-SpeechBlobSource -ContainerUrl "https://contoso.blob.core.windows.net/voicedata?$sas" -Prefix 'jessica300/' -Extension .txt
}

AfterAll {
    $http.Dispose()
    Disconnect-SpeechService
}

Describe 'Uploading custom voice training data' {
    It 'returns an operation that knows its training set, and waiting on it returns the ready training set' {
        $operation = New-TrainingSetUpload -TrainingSetId "jessica-300-$run" -Kind AudioAndScript -Audios $wav -Scripts $txt -DisplayName 'Jessica 300'
        $operation.TrainingSetId | Should -Be "jessica-300-$run"
        $operation.Status | Should -Be 'NotStarted'

        $set = $operation | Wait-SpeechOperation -PollingIntervalSec 0.2
        $set.PSTypeNames[0] | Should -Be 'SpeechCustom.TrainingSet'
        $set.Status | Should -Be 'Succeeded'
        $set.Properties.UtteranceCount | Should -BeGreaterThan 0
    }
}

Describe 'Creating a custom speech dataset' {
    It 'waits until the data is imported' {
        $dataset = New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName "calls-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/calls.zip?$sas" |
            Wait-SpeechOperation -PollingIntervalSec 0.2
        $dataset.Status | Should -Be 'Succeeded'
        $dataset.Id | Should -Match '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
        $dataset.ContentUrl | Should -Not -Match 'ScenarioSignature'
        (Get-CsrDataset -Id $dataset.Id).DisplayName | Should -Be "calls-$run"
    }
}

Describe 'Creating a personal voice' {
    It 'ends with a speaker profile id to use in SSML' {
        $voice = New-PersonalVoice -Id "jessica-voice-$run" -ProjectId "Personal-$run" -ConsentId "Jessica-$run" -Audios $wav -Wait -PollingIntervalSec 0.2
        $voice.Status | Should -Be 'Succeeded'
        $voice.SpeakerProfileId | Should -Not -BeNullOrEmpty
        { [guid]::Parse($voice.SpeakerProfileId) } | Should -Not -Throw
    }
}

Describe 'Waiting on everything at once' {
    BeforeAll {
        $work = @(
            New-TrainingSetUpload -TrainingSetId "jessica-300-$run" -Kind AudioAndScript -Audios $wav -Scripts $txt
            New-TrainingSetUpload -TrainingSetId "jessica-fail-me-$run" -Kind AudioAndScript -Audios $wav -Scripts $txt
            New-CsrDataset -Kind Language -Locale en-US -DisplayName "text-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/text.txt?$sas"
            New-CsrDataset -Kind Language -Locale en-US -DisplayName "text-fail-me-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/text.txt?$sas"
            New-PersonalVoice -Id "jessica-voice2-$run" -ProjectId "Personal-$run" -ConsentId "Jessica-$run" -Audios $wav
        )
        $finished = @($work | Wait-SpeechOperation -PollingIntervalSec 0.2 -ErrorVariable waitErrors -ErrorAction SilentlyContinue)
    }

    It 'returns every item that succeeded, as its final resource' {
        $finished | Should -HaveCount 3
        $types = [string[]]@($finished | ForEach-Object { $_.PSTypeNames[0] })
        [array]::Sort($types)
        $types -join ',' | Should -Be 'SpeechCustom.CsrDataset,SpeechCustom.PersonalVoice,SpeechCustom.TrainingSet'
        $finished | ForEach-Object { $_.Status | Should -Be 'Succeeded' }
    }

    It 'writes one error per failure, with the service code and reason' {
        $waitErrors | Should -HaveCount 2
        $upload = $waitErrors | Where-Object { $_.FullyQualifiedErrorId -like 'InaccessibleCustomerStorage,*' }
        $upload.Exception.Message | Should -Match "jessica-fail-me-$run"
        $dataset = $waitErrors | Where-Object { $_.FullyQualifiedErrorId -like 'DataImportFailed,*' }
        $dataset.Exception.Message | Should -Match 'text-fail-me'
        $dataset.TargetObject.Status | Should -Be 'Failed'
    }
}

Describe 'Bad input' {
    It 'is rejected before any request, saying how to fix it' {
        { New-TrainingSetUpload -TrainingSetId 'x' -Kind AudioOnly -Audios $wav -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*3 to 64 characters*' -ErrorId 'InvalidId,*'
        { New-TrainingSetUpload -TrainingSetId "jessica-300-$run" -Kind AudioAndScript -Audios $wav -ErrorAction Stop } |
            Should -Throw -ErrorId 'MissingScripts,*'
    }
}
