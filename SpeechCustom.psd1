@{
    RootModule             = 'SpeechCustom.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0c7a43-2b1e-4f4b-9a57-1d8f2f0e6c21'
    Author                 = 'SpeechCustom contributors'
    CompanyName            = 'SpeechCustom'
    Copyright              = '(c) SpeechCustom contributors. MIT License.'
    Description            = 'Automates Azure AI Speech customization end to end: custom voice (projects, consents, training sets and uploads, models, endpoints, personal voices, operations) and custom speech (datasets), with typed objects that pipe into one another, concurrent waits and clear errors. Works with keys, managed identity and service principals.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('SpeechCustom.format.ps1xml', 'SpeechCustom.CustomSpeech.format.ps1xml', 'SpeechCustom.Transcription.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-SpeechService'
        'Disconnect-SpeechService'
        'Get-SpeechContext'
        'New-SpeechBlobSource'
        'New-TrainingSetUpload'
        'New-PersonalVoice'
        'New-CsrDataset'
        'Get-CsrDataset'
        'Get-SpeechOperation'
        'Wait-SpeechOperation'
        'New-VoiceProject'
        'Get-VoiceProject'
        'Remove-VoiceProject'
        'New-VoiceConsent'
        'Get-VoiceConsent'
        'Remove-VoiceConsent'
        'New-TrainingSet'
        'Get-TrainingSet'
        'Remove-TrainingSet'
        'Get-VoiceModelRecipe'
        'New-VoiceModel'
        'Get-VoiceModel'
        'Remove-VoiceModel'
        'New-VoiceEndpoint'
        'Get-VoiceEndpoint'
        'Remove-VoiceEndpoint'
        'Suspend-VoiceEndpoint'
        'Resume-VoiceEndpoint'
        'Get-VoiceBaseModel'
        'Get-PersonalVoice'
        'Remove-PersonalVoice'
        # Custom speech: projects, datasets, models, evaluations, endpoints
        # Batch and fast transcription, web hooks, service health
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Azure', 'Speech', 'CustomVoice', 'CustomSpeech', 'BatchTranscription', 'AI', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/speechcustom/SpeechCustom'
            LicenseUri   = 'https://github.com/speechcustom/SpeechCustom/blob/main/LICENSE'
            ReleaseNotes = 'Custom voice complete: projects, consents (URL or local file), training sets and uploads, recipes, models, endpoints with suspend/resume, base models and personal voices (blob or local files), with -Wait, -SkipExisting and id completion. Foundation: connection (key, managed identity, service principal, access token), custom speech datasets, and a concurrent Wait-SpeechOperation.'
        }
    }
}
