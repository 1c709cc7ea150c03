@{
    RootModule             = 'SpeechCustom.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0c7a43-2b1e-4f4b-9a57-1d8f2f0e6c21'
    Author                 = 'SpeechCustom contributors'
    CompanyName            = 'SpeechCustom'
    Copyright              = '(c) SpeechCustom contributors. MIT License.'
    Description            = 'Automates Azure AI Speech customization end to end: custom voice (training data uploads, personal voices, operations) and custom speech (datasets), with typed objects that pipe into one another, concurrent waits and clear errors. Works with keys, managed identity and service principals.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('SpeechCustom.format.ps1xml')
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
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Azure', 'Speech', 'CustomVoice', 'CustomSpeech', 'BatchTranscription', 'AI', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/speechcustom/SpeechCustom'
            LicenseUri   = 'https://github.com/speechcustom/SpeechCustom/blob/main/LICENSE'
            ReleaseNotes = 'Foundation: connection (key, managed identity, service principal, access token), training set uploads, personal voices, custom speech datasets, and a concurrent Wait-SpeechOperation.'
        }
    }
}
