@{
    RootModule         = 'OtherAzureModule.dll'
    ModuleVersion      = '1.0.0'
    GUID               = '0b6f3a52-5d7e-4c1b-9a7e-2f1d3c4b5a69'
    Description        = 'Test fixture: a module that loads an older Azure.Core, Azure.Identity and MSAL into the default load context.'
    PowerShellVersion  = '5.1'
    RequiredAssemblies = @('Azure.Core.dll', 'Microsoft.Identity.Client.dll', 'Azure.Identity.dll')
    CmdletsToExport    = @('Get-OtherAzureStack')
}
