#Requires -Version 7.4
# Scenario: a personal voice from a consent and prompt recordings on the local disk, ending with the speaker profile id
# to use in SSML, as a user writes it. Runs under Pester 5 (Invoke-Pester) and under the repository's Pester-compatible
# runner, against the SpeechCustom mock server: SPEECH_ENDPOINT and SPEECH_KEY name it. Failures use the mock's
# deterministic trigger: ids containing 'fail-me' fail with a realistic reason.

BeforeAll {
    $module = if ($env:SPEECHCUSTOM_MODULE) { $env:SPEECHCUSTOM_MODULE } else { [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SpeechCustom', 'SpeechCustom.psd1') }
    Import-Module $module -Force -ErrorAction Stop

    # A SecureString without ConvertTo-SecureString, so the file also runs where only the Core commands exist.
    Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT.TrimEnd('/') -Key ([System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword)

    $run = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $projectId = "Personal-$run"

    # What the user recorded: the consent statement and two prompts, one WAV and one MP3.
    $consentRecording = [System.IO.Path]::Combine($TestDrive, 'consent.wav')
    [System.IO.File]::WriteAllText($consentRecording, 'RIFF....WAVEfmt ' + ('.' * 4000))
    $promptWav = [System.IO.Path]::Combine($TestDrive, 'prompt-1.wav')
    [System.IO.File]::WriteAllText($promptWav, 'RIFF....WAVEfmt ' + ('.' * 8000))
    $promptMp3 = [System.IO.Path]::Combine($TestDrive, 'prompt-2.mp3')
    [System.IO.File]::WriteAllText($promptMp3, 'ID3' + ('.' * 8000))

    $project = New-VoiceProject -Id $projectId -Kind PersonalVoice
    $consent = $project | New-VoiceConsent -Id "jessica-$run" -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioPath $consentRecording -Wait -PollingIntervalSec 0.2
}

AfterAll {
    Remove-VoiceProject -Id $projectId -Force -ErrorAction SilentlyContinue
    Disconnect-SpeechService
}

Describe 'Creating a personal voice from local recordings' {
    BeforeAll {
        $voice = $consent | New-PersonalVoice -Id "jessica-voice-$run" -AudioPath $promptWav, $promptMp3 -Wait -PollingIntervalSec 0.2
    }

    It 'verifies the consent first' {
        $consent.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceConsent'
        $consent.Status | Should -Be 'Succeeded'
    }

    It 'ends with a speaker profile id to use in SSML' {
        $voice.PSTypeNames[0] | Should -Be 'SpeechCustom.PersonalVoice'
        $voice.Status | Should -Be 'Succeeded'
        $voice.ProjectId | Should -Be $projectId
        $voice.ConsentId | Should -Be "jessica-$run"
        $voice.SpeakerProfileId | Should -Match '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
    }

    It 'finds the voice again by id and in its project' {
        (Get-PersonalVoice -Id "jessica-voice-$run").SpeakerProfileId | Should -Be $voice.SpeakerProfileId
        @(Get-PersonalVoice -ProjectId $projectId).Id | Should -Contain "jessica-voice-$run"
    }
}

Describe 'When the voice is not the voice talent' {
    It 'fails with SpeakerVerificationFailed and says why' {
        $failure = { $consent | New-PersonalVoice -Id "someone-fail-me-$run" -AudioPath $promptWav -Wait -PollingIntervalSec 0.2 -ErrorAction Stop } |
            Should -Throw -ErrorId 'SpeakerVerificationFailed,*' -ExpectedMessage '*not the voice talent of the consent*' -PassThru
        $failure.TargetObject.Status | Should -Be 'Failed'
    }
}

Describe 'Prompt audio that the service would refuse' {
    BeforeAll {
        $tooLong = [System.IO.Path]::Combine($TestDrive, 'too-long.wav')
        $file = [System.IO.FileStream]::new($tooLong, [System.IO.FileMode]::Create)
        try { $file.SetLength(30MB + 1) } finally { $file.Dispose() }
        $notAudio = [System.IO.Path]::Combine($TestDrive, 'prompt.txt')
        [System.IO.File]::WriteAllText($notAudio, 'The rainbow is a division of white light into many beautiful colors.')
    }

    It 'is rejected before upload when a file is over 30 MB' {
        { $consent | New-PersonalVoice -Id "too-long-$run" -AudioPath $promptWav, $tooLong -ErrorAction Stop } |
            Should -Throw -ErrorId 'FileTooLarge,*' -ExpectedMessage '*at most 30 MB*'
        { Get-PersonalVoice -Id "too-long-$run" -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
    }

    It 'is rejected when it is not audio' {
        { $consent | New-PersonalVoice -Id "script-$run" -AudioPath $notAudio -ErrorAction Stop } |
            Should -Throw -ErrorId 'UnsupportedAudioFormat,*' -ExpectedMessage '*.wav or .mp3*'
    }

    It 'is rejected when a file does not exist' {
        { $consent | New-PersonalVoice -Id "missing-$run" -AudioPath ([System.IO.Path]::Combine($TestDrive, 'missing.wav')) -ErrorAction Stop } |
            Should -Throw -ErrorId 'FileNotFound,*'
    }
}

Describe 'Cleaning up' {
    It 'removes every personal voice of the project through the pipeline' {
        Get-PersonalVoice -ProjectId $projectId | Remove-PersonalVoice -Force
        @(Get-PersonalVoice -ProjectId $projectId) | Should -HaveCount 0
        Get-VoiceConsent -ProjectId $projectId | Remove-VoiceConsent -Force
        Get-VoiceProject -Id $projectId | Remove-VoiceProject -Confirm:$false
        { Get-VoiceProject -Id $projectId -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
    }
}
