using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Bad input to every custom speech cmdlet is rejected before any request reaches the service, with an ErrorId that names
/// the problem and a message that says how to fix it. Scripts see the seeded data as objects ($acoustic, $language,
/// $german, $model, $base, $whisper, $textOnly), files ($textFile, $emptyFile, $missingFile, $bigFile: a sparse file one
/// byte over the 1 MB pronunciation limit), $guid, $tooMany (11 custom properties), $other (a connection to another
/// resource) and $rid (an Azure resource id).
/// </summary>
public sealed class CustomSpeechValidationTests(CustomSpeechFixture mock) : IClassFixture<CustomSpeechFixture>
{
    private const string GuidHint = "it must be a GUID, for example";
    private const string Model = "New-CsrModel -DisplayName m";
    private const string Evaluation = "New-CsrEvaluation -DisplayName e";
    private const string Dataset = "New-CsrDataset -DisplayName d";

    public static TheoryData<string, string, string> BadInput => new()
    {
        // Projects.
        { "New-CsrProject -DisplayName p -Locale english", "InvalidLocale", "use a form like en-US" },
        { "New-CsrProject -DisplayName ' ' -Locale en-US", "MissingParameter", "-DisplayName is empty" },
        { "New-CsrProject -DisplayName p -Locale en-US -CustomProperty $tooMany", "TooManyCustomProperties", "at most 10" },
        { "Get-CsrProject -Id 'calls'", "InvalidId", GuidHint },
        { "Get-CsrProject -Locale english", "InvalidLocale", "en-US" },
        { "Set-CsrProject -Id $guid", "NothingToUpdate", "give -DisplayName" },
        { "Set-CsrProject -Id 'calls' -DisplayName x", "InvalidId", GuidHint },
        { "Remove-CsrProject -Id 'calls' -Force", "InvalidId", GuidHint },

        // Datasets and their files.
        { $"{Dataset} -Kind Acoustic -Locale en-US -Path $missingFile", "FileNotFound", "does not exist" },
        { $"{Dataset} -Kind Acoustic -Locale en-US -Path $emptyFile", "EmptyFile", "is empty" },
        { $"{Dataset} -Kind Pronunciation -Locale en-US -Path $bigFile", "FileTooLarge", "at most 1 MB for a Pronunciation dataset" },
        { $"{Dataset} -Kind Language -Locale english -Path $textFile", "InvalidLocale", "use a form like en-US" },
        { $"{Dataset} -Kind Language -Locale en-US -Path $textFile -Project 'calls'", "InvalidId", GuidHint },
        { $"{Dataset} -Kind Language -Locale en-US -ContentUrl 'calls.zip'", "InvalidUrl", "absolute https URL" },
        { "Get-CsrDataset -Project 'calls'", "InvalidId", GuidHint },
        { "Get-CsrDataset -Locale english", "InvalidLocale", "en-US" },
        { "Set-CsrDataset -Id $guid -DisplayName ' '", "MissingParameter", "-DisplayName is empty" },
        { "Set-CsrDataset -Id $guid", "NothingToUpdate", "give -DisplayName" },
        { "Set-CsrDataset -Id $guid -Project 'calls'", "InvalidId", GuidHint },
        { "Remove-CsrDataset -Id 'calls' -Force", "InvalidId", GuidHint },
        { "Get-CsrDatasetFile -Id 'calls'", "InvalidId", GuidHint },
        { "Get-CsrDatasetFile -Id 'calls' -Report", "InvalidId", GuidHint },
        { "Get-CsrDatasetLocale -Locale 'en[US'", "InvalidWildcard", "-Locale" },
        { $"{Dataset} -Kind Acoustic -Locale en-US -ContentUrl 'https://contoso.blob.core.windows.net/speech/a.zip?sv=2024-08-04&sp=r&sig=REDACTED'", "MaskedUrl", "SAS signature is masked" },

        // Models: kinds the base model cannot adapt with, locales, version features, references.
        { "Get-CsrBaseModel -Id 'latest'", "InvalidId", GuidHint },
        { "Get-CsrBaseModel -Locale english", "InvalidLocale", "en-US" },
        { "Get-CsrModel -Id 'calls-model'", "InvalidId", GuidHint },
        { $"{Model} -BaseModel $whisper -Dataset $language", "DatasetKindNotSupported", "adapts only with Acoustic" },
        { $"{Model} -BaseModel $textOnly -Dataset $acoustic", "DatasetKindNotSupported", "is Acoustic data" },
        { $"{Model} -BaseModel $base -Dataset $german", "LocaleMismatch", "is de-DE data; the model is for en-US" },
        { $"{Model} -BaseModel $base -Dataset $acoustic -Locale de-DE", "LocaleMismatch", "is for en-US, not de-DE" },
        { $"{Model} -BaseModel $base -Dataset $acoustic -Text 'contoso call center'", "NotSupportedByApiVersion", "-SpeechToTextApiVersion v3.2" },
        { $"{Model} -BaseModel $base -Dataset $acoustic -CustomModelWeightPercent 0", "InvalidValue", "1 to 100" },
        { $"{Model} -BaseModel $base -Dataset $acoustic -CustomProperty $tooMany", "TooManyCustomProperties", "at most 10" },
        { $"{Model} -BaseModel 'latest' -Dataset $acoustic", "InvalidId", "for -BaseModel" },
        { $"{Model} -BaseModel $acoustic.Self -Dataset $acoustic", "InvalidReference", "is not the URL of a base model" },
        { $"{Model} -BaseModel $base -Dataset 'calls'", "InvalidId", "for -Dataset" },
        { $"{Model} -BaseModel $base", "MissingParameter", "at least one dataset" },
        { $"{Model} -BaseModel $base -Dataset $acoustic -Project 'calls'", "InvalidId", GuidHint },
        { "Set-CsrModel -Id $guid -CustomProperty $tooMany", "TooManyCustomProperties", "at most 10" },
        { "Remove-CsrModel -Id 'calls-model' -Force", "InvalidId", GuidHint },
        { "Get-CsrModelManifest -Id 'calls-model'", "InvalidId", GuidHint },
        { "Get-CsrModelFile -Id 'calls-model'", "InvalidId", GuidHint },
        { "Copy-CsrModel -Id 'calls-model' -TargetContext $other -SourceResourceId $rid", "InvalidId", GuidHint },
        { "Copy-CsrModel -Id $guid -TargetContext $other -SourceResourceId 'speech-west'", "InvalidResourceId", "/subscriptions/<subscription>/resourceGroups/" },
        { "Copy-CsrModel -Id $guid -TargetContext (Get-SpeechContext) -SourceResourceId $rid", "SameResource", "a copy goes to another Speech resource" },

        // Evaluations.
        { $"{Evaluation} -Model1 $model -Model2 $base -Dataset $language", "DatasetKindNotSupported", "needs an Acoustic dataset (audio with transcripts" },
        { $"{Evaluation} -Model1 $model -Model2 $base -Dataset $german", "LocaleMismatch", "is for en-US, and the evaluation is for de-DE" },
        { $"{Evaluation} -Model1 'calls-model' -Model2 $base -Dataset $acoustic", "InvalidId", "for -Model1" },
        { $"{Evaluation} -Model1 $model -Model2 $base -Dataset 'calls'", "InvalidId", "for -Dataset" },
        { $"{Evaluation} -Model1 $model -Model2 $base -Dataset $acoustic -Locale english", "InvalidLocale", "en-US" },
        { "Get-CsrEvaluation -Id 'calls-eval'", "InvalidId", GuidHint },
        { "Get-CsrEvaluation -Locale english", "InvalidLocale", "en-US" },
        { "Set-CsrEvaluation -Id $guid", "NothingToUpdate", "give -DisplayName" },
        { "Remove-CsrEvaluation -Id 'calls-eval' -Force", "InvalidId", GuidHint },
        { "Get-CsrEvaluationFile -Id 'calls-eval'", "InvalidId", GuidHint },
    };

    /// <summary>What PowerShell's binder rejects (enums, value sets, objects of another kind), also before any request.</summary>
    public static TheoryData<string, string, string> BadBinding => new()
    {
        { $"{Dataset} -Kind Lingo -Locale en-US -Path $textFile", "CannotConvertArgumentNoMessage", "Acoustic, AudioFiles, Language, LanguageMarkdown, Pronunciation, OutputFormatting" },
        { "Get-CsrDataset -Kind Lingo", "CannotConvertArgumentNoMessage", "Acoustic" },
        { "Get-CsrModel -Status Done", "ParameterArgumentValidationError", "NotStarted,Running,Succeeded,Failed" },
        { "$acoustic | Remove-CsrModel -Force", "ParameterArgumentTransformationError", "A CsrDataset cannot be used as the id of a CsrModel" },
        { "$model | Remove-CsrDataset -Force", "ParameterArgumentTransformationError", "A CsrModel cannot be used as the id of a CsrDataset" },
        { "$acoustic | Get-CsrModel", "ParameterArgumentTransformationError", "A CsrDataset cannot be used as the id of a CsrModel" },
        { "$base | Remove-CsrModel -Force", "ParameterArgumentTransformationError", "A CsrBaseModel cannot be used as the id of a CsrModel" },
        { "$model | Set-CsrEvaluation -DisplayName x", "ParameterArgumentTransformationError", "A CsrModel cannot be used as the id of a CsrEvaluation" },
        { $"{Model} -BaseModel $model -Dataset $acoustic", "ParameterArgumentTransformationError", "A CsrModel cannot be used here: pass a CsrBaseModel" },

        { $"{Evaluation} -Model1 $model -Model2 $base -Dataset $model", "ParameterArgumentTransformationError", "pass a CsrDataset" },
        { $"{Model} -BaseModel $base -Dataset $model", "InvalidDataset", "A CsrModel cannot be used here: pass a CsrDataset" },
        { $"$acoustic, $base | {Model} -BaseModel $base", "InvalidDataset", "A CsrBaseModel cannot be used here: pass a CsrDataset" },
        { $"{Dataset} -Kind Language -Locale en-US -Path $textFile -Project $acoustic", "ParameterArgumentTransformationError", "pass a CsrProject" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_rejected_with_a_clear_message_before_any_request(string command, string errorId, string hint)
    {
        var (result, sent) = Run(command);

        var error = result.FirstError;
        Assert.True(error != null, "no error for: " + command);
        Assert.StartsWith(errorId + ",", error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(hint, error.ToString());
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Empty(result.Output);
        Assert.Equal(0, sent);
    }

    [Theory]
    [MemberData(nameof(BadBinding))]
    public void Bad_arguments_fail_binding_before_any_request(string command, string errorId, string hint)
    {
        var (result, sent) = Run(command);

        var error = result.FirstError;
        Assert.True(error != null, "no error for: " + command);
        Assert.StartsWith(errorId + ",", error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(hint, error.ToString());
        Assert.Empty(result.Output);
        Assert.Equal(0, sent);
    }

    [Fact]
    public void A_model_is_not_trained_from_part_of_its_input()
    {
        var (result, sent) = Run($"$acoustic, $model, $language | {Model} -BaseModel $base -WhatIf");

        Assert.Equal(new[] { "InvalidDataset", "ModelNotTrained" }, result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Contains("1 of the inputs to -Dataset were not datasets", result.Errors[1].ToString());
        Assert.DoesNotContain("What if", result.HostText);
        Assert.Equal(0, sent);
    }

    [Fact]
    public void WhatIf_creates_uploads_changes_and_removes_nothing()
    {
        var (result, sent) = Run("""
            New-CsrProject -DisplayName p -Locale en-US -WhatIf
            New-CsrDataset -Kind Language -Locale en-US -DisplayName d -Path $textFile -WhatIf
            New-CsrModel -DisplayName m -BaseModel $base -Dataset $acoustic -WhatIf
            New-CsrEvaluation -DisplayName e -Model1 $model -Model2 $base -Dataset $acoustic -WhatIf
            Set-CsrDataset -Id $acoustic.Id -DisplayName renamed -WhatIf
            $model | Remove-CsrModel -WhatIf
            Copy-CsrModel -Id $model.Id -TargetContext $other -SourceResourceId $rid -WhatIf
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Empty(result.Output);
        Assert.Equal(0, sent);
        Assert.Contains("What if: Performing the operation \"Create and upload 'text.txt'", result.HostText);
        Assert.Contains("Remove\" on target \"model", result.HostText);
    }

    /// <summary>Runs <paramref name="command"/> after reading the seeded objects; returns what it did and how many requests it sent.</summary>
    private (RunResult Result, int Sent) Run(string command)
    {
        using var data = new CustomSpeechData();
        using var session = new ModuleSession();
        var variables = new Dictionary<string, object?>
        {
            ["textFile"] = data.Text("text.txt", "thank you for calling contoso\n"),
            ["emptyFile"] = data.Text("empty.txt", string.Empty),
            ["missingFile"] = data.Missing("missing.zip"),
            ["bigFile"] = data.Sparse("lexicon.txt", (1024L * 1024) + 1),
            ["guid"] = Guid.NewGuid().ToString(),
            ["rid"] = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/speech/providers/Microsoft.CognitiveServices/accounts/speech-west",
        };
        var setup = session.Run($$"""
            $other = Connect-SpeechService -Endpoint 'https://other.cognitiveservices.azure.com' -Key (ConvertTo-SecureString 'other-key' -AsPlainText -Force) -PassThru
            {{mock.ConnectWithKey}}
            $tooMany = @{}; 1..11 | ForEach-Object { $tooMany["k$_"] = 'v' }
            {{mock.Objects}}
            """, variables);
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var before = mock.Server.Requests.Count;
        var result = session.Run(command, variables);
        return (result, mock.Server.Requests.Count - before);
    }
}
