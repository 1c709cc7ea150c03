#Requires -Version 7.4
# Scenario: a professional voice from the voice talent's consent to a deployed endpoint, then suspended, resumed and
# removed again, as a user writes it. Runs under Pester 5 (Invoke-Pester) and under the repository's Pester-compatible
# runner, against the SpeechCustom mock server: SPEECH_ENDPOINT and SPEECH_KEY name it. Failures use the mock's
# deterministic trigger: ids containing 'fail-me' fail with a realistic reason.

BeforeAll {
    $module = if ($env:SPEECHCUSTOM_MODULE) { $env:SPEECHCUSTOM_MODULE } else { [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SpeechCustom', 'SpeechCustom.psd1') }
    Import-Module $module -Force -ErrorAction Stop

    # A SecureString without ConvertTo-SecureString, so the file also runs where only the Core commands exist.
    Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT.TrimEnd('/') -Key ([System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword)

    $run = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $sas = 'sv=2024-08-04&sp=rl&se=2030-01-01&sig=ScenarioSignature'
    $wav = New-SpeechBlobSource -ContainerUrl "https://contoso.blob.core.windows.net/voicedata?$sas" -Prefix 'jessica300/' -Extension .wav
    $txt = New-SpeechBlobSource -ContainerUrl "https://contoso.blob.core.windows.net/voicedata?$sas" -Prefix 'jessica300/' -Extension .txt

    # The consent statement as the voice talent recorded it, on the local disk.
    $consentRecording = [System.IO.Path]::Combine($TestDrive, 'jessica-consent.wav')
    [System.IO.File]::WriteAllText($consentRecording, 'RIFF....WAVEfmt ' + ('.' * 4000))
}

AfterAll {
    Disconnect-SpeechService
}

Describe 'A professional voice from consent to endpoint' {
    BeforeAll {
        $projectId = "Jessica-$run"
        $project = New-VoiceProject -Id $projectId -Kind ProfessionalVoice -Locale en-US -Description 'Jessica, professional voice'
        $consent = $project | New-VoiceConsent -Id "jessica-consent-$run" -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioPath $consentRecording -Wait -PollingIntervalSec 0.2
        $set = $project | New-TrainingSet -Id "jessica-300-$run" -VoiceKind Female
        $upload = $set | New-TrainingSetUpload -Kind AudioAndScript -Audios $wav -Scripts $txt
        $ready = $upload | Wait-SpeechOperation -PollingIntervalSec 0.2
        $model = $consent | New-VoiceModel -Id "jessica-model-$run" -TrainingSetId $ready.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2
        $endpoint = $model | New-VoiceEndpoint -Kind FastResume -Wait -PollingIntervalSec 0.2
        $suspended = $endpoint | Suspend-VoiceEndpoint -Wait -PollingIntervalSec 0.2
        $resumed = $suspended | Resume-VoiceEndpoint -Wait -PollingIntervalSec 0.2
    }

    It 'creates the project' {
        $project.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceProject'
        $project.Id | Should -Be $projectId
        $project.Kind | Should -Be 'ProfessionalVoice'
    }

    It 'verifies the consent uploaded from the local recording' {
        $consent.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceConsent'
        $consent.Status | Should -Be 'Succeeded'
        $consent.ProjectId | Should -Be $projectId
        $consent.Locale | Should -Be 'en-US'
    }

    It 'imports the training data into the training set' {
        $set.PSTypeNames[0] | Should -Be 'SpeechCustom.TrainingSet'
        $upload.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceOperation'
        $upload.TrainingSetId | Should -Be "jessica-300-$run"
        $ready.Status | Should -Be 'Succeeded'
        $ready.Properties.UtteranceCount | Should -BeGreaterThan 0
    }

    It 'trains the model under the consent' {
        $model.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceModel'
        $model.Status | Should -Be 'Succeeded'
        $model.VoiceName | Should -Be 'JessicaNeural'
        $model.ConsentId | Should -Be "jessica-consent-$run"
        $model.TrainingSetId | Should -Be "jessica-300-$run"
    }

    It 'deploys the model to an endpoint with a GUID id' {
        $endpoint.PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceEndpoint'
        $endpoint.Status | Should -Be 'Succeeded'
        $endpoint.ModelId | Should -Be "jessica-model-$run"
        $endpoint.Properties.Kind | Should -Be 'FastResume'
        { [guid]::Parse($endpoint.Id) } | Should -Not -Throw
    }

    It 'suspends the endpoint and resumes it' {
        $suspended.Id | Should -Be $endpoint.Id
        $suspended.Status | Should -Be 'Disabled'
        $resumed.Id | Should -Be $endpoint.Id
        $resumed.Status | Should -Be 'Succeeded'
        (Get-VoiceEndpoint -Id $endpoint.Id).Status | Should -Be 'Succeeded'
    }

    It 'lists what the project holds' {
        @(Get-VoiceConsent -ProjectId $projectId) | Should -HaveCount 1
        @(Get-TrainingSet -ProjectId $projectId) | Should -HaveCount 1
        @(Get-VoiceModel -ProjectId $projectId).Id | Should -Be "jessica-model-$run"
        @(Get-VoiceEndpoint -ProjectId $projectId).Id | Should -Be $endpoint.Id
    }

    It 'refuses to delete the project while it has an endpoint, and says to use -Force' {
        $failure = { Remove-VoiceProject -Id $projectId -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'BadRequest,*' -PassThru
        $failure.ErrorDetails.RecommendedAction | Should -BeLike "*Remove-VoiceProject -Id $projectId -Force*"
        (Get-VoiceProject -Id $projectId).Id | Should -Be $projectId
    }

    It 'removes everything again, children first' {
        $resumed | Remove-VoiceEndpoint -Confirm:$false
        $model | Remove-VoiceModel -Confirm:$false
        $ready | Remove-TrainingSet -Confirm:$false
        $consent | Remove-VoiceConsent -Confirm:$false
        $project | Remove-VoiceProject -Confirm:$false
        { Get-VoiceProject -Id $projectId -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
        { Get-VoiceEndpoint -Id $endpoint.Id -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
    }
}

Describe 'When the service says no' {
    BeforeAll {
        $projectId = "Rejected-$run"
        $project = New-VoiceProject -Id $projectId -Kind ProfessionalVoice -Locale en-US
        $consent = $project | New-VoiceConsent -Id "rejected-consent-$run" -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioUrl "https://contoso.blob.core.windows.net/consents/jessica.wav?$sas"
        $ready = $project | New-TrainingSet -Id "rejected-300-$run" |
            New-TrainingSetUpload -Kind AudioAndScript -Audios $wav -Scripts $txt -Wait -PollingIntervalSec 0.2
    }

    AfterAll {
        Remove-VoiceProject -Id $projectId -Force -ErrorAction SilentlyContinue
    }

    It 'reports a consent recording that does not match the statement' {
        $failure = { $project | New-VoiceConsent -Id "consent-fail-me-$run" -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioPath $consentRecording -Wait -PollingIntervalSec 0.2 -ErrorAction Stop } |
            Should -Throw -ErrorId 'AudioAndScriptNotMatch,*' -ExpectedMessage '*does not match the consent statement*' -PassThru
        $failure.TargetObject.Status | Should -Be 'Failed'
    }

    It 'reports a model without enough data, naming the training set' {
        $failure = { $consent | New-VoiceModel -Id "model-fail-me-$run" -TrainingSetId $ready.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2 -ErrorAction Stop } |
            Should -Throw -ErrorId 'DataNotEnough,*' -ExpectedMessage '*Get-VoiceModelRecipe*' -PassThru
        $failure.Exception.Message | Should -Match "rejected-300-$run"
        $failure.TargetObject.Properties.FailedTrainingsets | Should -Contain "rejected-300-$run"
    }
}

Describe 'Model recipes' {
    It 'are checked before training starts' {
        { New-VoiceModel -Id "jessica-hd-$run" -ProjectId "Jessica-$run" -ConsentId 'jessica-consent' -TrainingSetId 'jessica-300' -Recipe HD -VoiceName JessicaNeural -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidVoiceName,*' -ExpectedMessage '*:DragonHDLatestNeural*'
        { New-VoiceModel -Id "jessica-cl-$run" -ProjectId "Jessica-$run" -ConsentId 'jessica-consent' -TrainingSetId 'jessica-300' -Recipe CrossLingual -VoiceName JessicaNeural -ErrorAction Stop } |
            Should -Throw -ErrorId 'MissingLocale,*'
        { New-VoiceModel -Id "jessica-ms-$run" -ProjectId "Jessica-$run" -ConsentId 'jessica-consent' -TrainingSetId 'jessica-300' -Recipe MultiStyle -Locale en-US -VoiceName JessicaNeural -ErrorAction Stop } |
            Should -Throw -ErrorId 'MissingStyles,*'
        { New-VoiceModel -Id "jessica-ps-$run" -ProjectId "Jessica-$run" -ConsentId 'jessica-consent' -TrainingSetId 'jessica-300' -PresetStyle cheerful -VoiceName JessicaNeural -ErrorAction Stop } |
            Should -Throw -ErrorId 'StylesNeedMultiStyle,*'
        { New-VoiceEndpoint -Id 'jessica-endpoint' -ProjectId "Jessica-$run" -ModelId 'jessica-model' -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidId,*' -ExpectedMessage '*GUID*'
    }

    It 'are listed with what each needs' {
        $recipes = @(Get-VoiceModelRecipe)
        $recipes.Kind | Should -Contain 'HD'
        $recipes[0].PSTypeNames[0] | Should -Be 'SpeechCustom.VoiceModelRecipe'
        $recipes | ForEach-Object { $_.MinUtteranceCount | Should -BeGreaterThan 0 }
    }
}
