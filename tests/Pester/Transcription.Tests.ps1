#Requires -Version 7.4
# Scenario: batch and fast transcription, custom speech endpoints and web hook signatures, as a user writes them.
# Runs under Pester 5 (Invoke-Pester) and under the repository's Pester-compatible runner, against the SpeechCustom
# mock server: SPEECH_ENDPOINT and SPEECH_KEY name it (dotnet run --project src/SpeechCustom.MockServer prints both).
# Audio URLs containing 'fail-me' fail in the mock with a realistic reason.

BeforeAll {
    $module = if ($env:SPEECHCUSTOM_MODULE) { $env:SPEECHCUSTOM_MODULE } else { [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SpeechCustom', 'SpeechCustom.psd1') }
    Import-Module $module -Force -ErrorAction Stop

    $endpoint = $env:SPEECH_ENDPOINT.TrimEnd('/')
    # A SecureString without ConvertTo-SecureString, so the file also runs where only the Core commands exist.
    $key = [System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword
    $run = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $sas = 'sv=2024-08-04&sp=rl&se=2030-01-01&sig=ScenarioSignature'
    $urls = @(0..9 | ForEach-Object { "https://contoso.blob.core.windows.net/calls/call-$_.wav?$sas" }) +
        "https://contoso.blob.core.windows.net/calls/fail-me-10.wav?$sas"
}

AfterAll {
    Disconnect-SpeechService
}

Describe 'Transcribing a batch of calls' {
    It 'gives the same results with API version <_>' -ForEach '2025-10-15', '2024-11-15', 'v3.2' {
        Connect-SpeechService -Endpoint $endpoint -Key $key -SpeechToTextApiVersion $_
        $job = New-SpeechTranscription -DisplayName "calls-$run-$_" -Locale en-US -ContentUrl $urls -Diarization -MaxSpeakers 2 -WordLevelTimestamps -Wait -PollingIntervalSec 0.2
        $job.Status | Should -Be 'Succeeded'
        $job.Properties.DiarizationEnabled | Should -BeTrue

        $results = @($job | Receive-SpeechTranscriptionResult -ErrorVariable failures -ErrorAction SilentlyContinue)
        $results | Should -HaveCount 10
        $results[0].PSTypeNames[0] | Should -Be 'SpeechCustom.SpeechTranscriptionResult'
        $results.Source | Should -Not -Match 'ScenarioSignature'
        @($results | Where-Object { $_.Phrases[0].Speaker -and $_.Phrases[0].Words.Count -gt 0 }) | Should -HaveCount 10
        $failures | Should -HaveCount 1
        $failures[0].Exception.Message | Should -Match 'fail-me-10\.wav'
    }

    It 'saves the result files and the report in a folder named by the transcription' {
        Connect-SpeechService -Endpoint $endpoint -Key $key
        $job = New-SpeechTranscription -DisplayName "saved-$run" -Locale en-US -ContentUrl $urls[0..2] -Wait -PollingIntervalSec 0.2
        $folder = [System.IO.Path]::Combine($TestDrive, 'results')
        $results = @($job | Receive-SpeechTranscriptionResult -Destination $folder)
        $results | Should -HaveCount 3
        $results.Path | ForEach-Object { $_ | Should -Exist }
        [System.IO.Path]::Combine($folder, $job.Id, 'report.json') | Should -Exist
    }

    It 'refuses more than 1000 audio URLs before sending anything' {
        Connect-SpeechService -Endpoint $endpoint -Key $key
        $many = 0..1000 | ForEach-Object { "https://contoso.blob.core.windows.net/calls/$_.wav?$sas" }
        { New-SpeechTranscription -DisplayName "too-many-$run" -Locale en-US -ContentUrl $many -ErrorAction Stop } |
            Should -Throw -ErrorId 'TooManyContentUrls*'
    }
}

Describe 'Transcribing a local file at once' {
    It 'returns the transcript with phrases and speakers' {
        Connect-SpeechService -Endpoint $endpoint -Key $key
        $wav = [System.IO.Path]::Combine($TestDrive, 'call.wav')
        [System.IO.File]::WriteAllBytes($wav, [byte[]](@(0x52, 0x49, 0x46, 0x46) + (1..2000 | ForEach-Object { 0 })))
        $result = Invoke-SpeechTranscription -Path $wav -Locale en-US -Diarization
        $result.Source | Should -Be $wav
        $result.Text | Should -Not -BeNullOrEmpty
        $result.Phrases[0].Speaker | Should -Not -BeNullOrEmpty
    }
}

Describe 'Deploying a model to an endpoint' {
    It 'takes the base model from the pipeline, with its locale' {
        Connect-SpeechService -Endpoint $endpoint -Key $key
        $endpointObject = Get-CsrBaseModel -Locale en-US -Latest | New-CsrEndpoint -DisplayName "calls-$run" -Wait -PollingIntervalSec 0.2
        $endpointObject.Status | Should -Be 'Succeeded'
        $endpointObject.Locale | Should -Be 'en-US'
        $endpointObject | Remove-CsrEndpoint -Force
        Get-CsrEndpoint -DisplayName "calls-$run" | Should -BeNullOrEmpty
    }

    It 'explains that API version 2025-10-15 has no endpoint logs' {
        Connect-SpeechService -Endpoint $endpoint -Key $key -SpeechToTextApiVersion 2025-10-15
        { Get-CsrEndpointLog -EndpointId ([guid]::NewGuid()) -ErrorAction Stop } | Should -Throw -ErrorId 'EndpointLogsNotSupported*'
    }
}

Describe 'Checking a web hook signature' {
    It 'accepts the signed body and rejects it once changed' {
        $secret = [System.Net.NetworkCredential]::new('', 'my-webhook-secret-42').SecurePassword
        $body = '{"self":"https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions/ba7ea6f5-3065-40b7-b49a-a90f48584683","invocationId":"4b1b5ca1-8e2f-4b5a-9d7e-3c5a2f0c9b11"}'
        $signature = 'TXghqqj8GFIRN+lhK2f4wr1FPwPaeVIyDPnCw0mvugI='
        Test-SpeechWebHookSignature -Body $body -Signature $signature -Secret $secret | Should -BeTrue
        Test-SpeechWebHookSignature -Body $body.Replace('westus', 'eastus') -Signature $signature -Secret $secret | Should -BeFalse
        (Test-SpeechWebHookSignature -Body $body.Replace('westus', 'eastus') -Signature $signature -Secret $secret -Detailed).Reason | Should -Match 'does not match'
    }
}
