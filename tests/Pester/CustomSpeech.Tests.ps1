#Requires -Version 7.4
# Scenario: custom speech from data to a measured model, as a user writes it: a project, an Acoustic dataset from blob
# storage and a Language dataset from a local file, a model adapted with both, an evaluation against the base model,
# an endpoint that runs the model, the import report, then everything removed. Runs under Pester 5 (Invoke-Pester) and under the repository's
# Pester-compatible runner, against the SpeechCustom mock server: SPEECH_ENDPOINT and SPEECH_KEY name it. Failures use
# the mock's deterministic trigger: display names containing 'fail-me' fail with a realistic reason.

BeforeAll {
    $module = if ($env:SPEECHCUSTOM_MODULE) { $env:SPEECHCUSTOM_MODULE } else { [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SpeechCustom', 'SpeechCustom.psd1') }
    Import-Module $module -Force -ErrorAction Stop

    # A SecureString without ConvertTo-SecureString, so the file also runs where only the Core commands exist.
    Connect-SpeechService -Endpoint $env:SPEECH_ENDPOINT.TrimEnd('/') -Key ([System.Net.NetworkCredential]::new('', $env:SPEECH_KEY).SecurePassword)

    $run = [guid]::NewGuid().ToString('N').Substring(0, 8)
    $sas = 'sv=2024-08-04&sp=rl&se=2030-01-01&sig=ScenarioSignature'

    # Phrases of the call center, as the team keeps them on disk.
    $phrases = [System.IO.Path]::Combine($TestDrive, 'phrases.txt')
    [System.IO.File]::WriteAllLines($phrases, [string[]]@(1..200 | ForEach-Object { "thank you for calling contoso, order number $_ is on its way" }))
}

AfterAll {
    Disconnect-SpeechService
}

Describe 'A custom speech model from data to evaluation' {
    BeforeAll {
        $project = New-CsrProject -DisplayName "calls-$run" -Locale en-US -Description 'Contact center calls'
        $audio = $project | New-CsrDataset -Kind Acoustic -DisplayName "calls-audio-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/calls.zip?$sas"
        $text = $project | New-CsrDataset -Kind Language -DisplayName "calls-text-$run" -Path $phrases
        # Wait-SpeechOperation returns each dataset as its import ends, in whatever order that is.
        $ready = @($audio, $text | Wait-SpeechOperation -PollingIntervalSec 0.2)
        $audio = $ready | Where-Object Kind -eq Acoustic
        $text = $ready | Where-Object Kind -eq Language
        $base = Get-CsrBaseModel -Latest -Locale en-US
        $model = $ready | New-CsrModel -DisplayName "calls-model-$run" -BaseModel $base -Project $project -Wait -PollingIntervalSec 0.2
        $evaluation = $model | New-CsrEvaluation -DisplayName "calls-eval-$run" -Model2 $base -Dataset $audio -Wait -PollingIntervalSec 0.2
        $endpoint = $model | New-CsrEndpoint "calls-endpoint-$run" -Project $project -Wait -PollingIntervalSec 0.2
    }

    It 'creates the project' {
        $project.PSTypeNames[0] | Should -Be 'SpeechCustom.CsrProject'
        $project.Locale | Should -Be 'en-US'
        { [guid]::Parse($project.Id) } | Should -Not -Throw
    }

    It 'imports the data from blob storage and from the local file' {
        $ready | Should -HaveCount 2
        $audio.Status | Should -Be 'Succeeded'
        $text.Status | Should -Be 'Succeeded'
        $text.Properties.AcceptedLineCount | Should -BeGreaterThan 0
        $audio.Project.Id | Should -Be $project.Id
        $text.Project.Id | Should -Be $project.Id
    }

    It 'lists the datasets of the project' {
        $listed = @($project | Get-CsrDataset).Id
        $listed | Should -HaveCount 2
        $listed | Should -Contain $audio.Id
        $listed | Should -Contain $text.Id
    }

    It 'says which lines of the data were rejected and why' {
        $report = @($text | Get-CsrDatasetFile -Report)
        $report.Count | Should -BeGreaterThan 0
        @($report | Where-Object { -not $_.Accepted }).Count | Should -Be $text.Properties.RejectedLineCount
        ($report | Where-Object { -not $_.Accepted } | ForEach-Object Reason) | Should -Not -BeNullOrEmpty
    }

    It 'trains the model on the newest base model with both datasets' {
        $model.PSTypeNames[0] | Should -Be 'SpeechCustom.CsrModel'
        $model.Status | Should -Be 'Succeeded'
        $model.BaseModel.Id | Should -Be $base.Id
        $model.Datasets.Id | Should -Contain $audio.Id
        $model.Datasets.Id | Should -Contain $text.Id
    }

    It 'measures both word error rates' {
        $evaluation.PSTypeNames[0] | Should -Be 'SpeechCustom.CsrEvaluation'
        $evaluation.Status | Should -Be 'Succeeded'
        $evaluation.WordErrorRate1 | Should -Not -BeNullOrEmpty
        $evaluation.WordErrorRate2 | Should -Not -BeNullOrEmpty
        $evaluation.WordErrorRateDelta | Should -Be ($evaluation.WordErrorRate2 - $evaluation.WordErrorRate1)
    }

    It 'deploys the model to an endpoint of the project' {
        $endpoint.PSTypeNames[0] | Should -Be 'SpeechCustom.CsrEndpoint'
        $endpoint.Status | Should -Be 'Succeeded'
        $endpoint.Model.Id | Should -Be $model.Id
        $endpoint.Locale | Should -Be 'en-US'
        @($project | Get-CsrEndpoint).Id | Should -Be @($endpoint.Id)
    }

    It 'renames the model without touching the rest' {
        $renamed = $model | Set-CsrModel -DisplayName "calls-model-v2-$run" -PassThru
        $renamed.DisplayName | Should -Be "calls-model-v2-$run"
        $renamed.BaseModel.Id | Should -Be $base.Id
    }

    It 'removes everything again' {
        $endpoint | Remove-CsrEndpoint -Confirm:$false
        $evaluation | Remove-CsrEvaluation -Confirm:$false
        $model | Remove-CsrModel -Confirm:$false
        $ready | Remove-CsrDataset -Confirm:$false
        $project | Remove-CsrProject -Confirm:$false
        { Get-CsrEndpoint -Id $endpoint.Id -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
        { Get-CsrModel -Id $model.Id -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
        { Get-CsrDataset -Id $text.Id -ErrorAction Stop } | Should -Throw -ErrorId 'NotFound,*'
    }
}

Describe 'When the data or the request is wrong' {
    It 'reports a failed import with the service reason' {
        $failure = { New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName "calls-fail-me-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/calls.zip?$sas" -Wait -PollingIntervalSec 0.2 -ErrorAction Stop } |
            Should -Throw -PassThru
        $failure.TargetObject.Status | Should -Be 'Failed'
        $failure.Exception.Message | Should -BeLike "*calls-fail-me-$run*"
        Get-CsrDataset -Id $failure.TargetObject.Id | Remove-CsrDataset -Confirm:$false
    }

    It 'refuses data the base model cannot adapt with, before anything is sent' {
        $textOnly = Get-CsrBaseModel -Locale en-US -DisplayName '20240315 (language adaptation)'
        $audio = New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName "audio-$run" -ContentUrl "https://contoso.blob.core.windows.net/speech/calls.zip?$sas" -Wait -PollingIntervalSec 0.2
        { $audio | New-CsrModel -DisplayName "wrong-$run" -BaseModel $textOnly -ErrorAction Stop } |
            Should -Throw -ErrorId 'DatasetKindNotSupported,*' -ExpectedMessage '*adapts only with Language*'
        @(Get-CsrModel -DisplayName "wrong-$run") | Should -HaveCount 0
        $audio | Remove-CsrDataset -Confirm:$false
    }

    It 'refuses an empty local file' {
        $empty = [System.IO.Path]::Combine($TestDrive, 'empty.txt')
        [System.IO.File]::WriteAllText($empty, '')
        { New-CsrDataset -Kind Language -Locale en-US -DisplayName "empty-$run" -Path $empty -ErrorAction Stop } |
            Should -Throw -ErrorId 'EmptyFile,*'
    }
}
