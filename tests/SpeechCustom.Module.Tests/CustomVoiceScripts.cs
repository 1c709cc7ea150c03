using System.Management.Automation;
using System.Text.RegularExpressions;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Script fragments and assertions the custom voice tests share.</summary>
internal static class CustomVoiceScripts
{
    public static string Blob(string container) => $"https://contoso.blob.core.windows.net/{container}?{MockFixture.Sas}";

    /// <summary>$wav and $txt: the blob sources of a training set upload.</summary>
    public static string Sources => $"""
        $wav = New-SpeechBlobSource -ContainerUrl '{Blob("voicedata")}' -Prefix 'jessica300/' -Extension .wav
        $txt = New-SpeechBlobSource -ContainerUrl '{Blob("voicedata")}' -Prefix 'jessica300/' -Extension .txt
        """;

    /// <summary>
    /// A professional voice project <paramref name="project"/> with a consent (by URL), a training set with uploaded data
    /// and, unless <paramref name="modelId"/> is null, a trained model: $project, $consent, $set, $model.
    /// </summary>
    public static string TrainedModel(string project, string? modelId = "-model") => $"""
        {Sources}
        $project = New-VoiceProject -Id '{project}' -Kind ProfessionalVoice -Locale en-US
        $consent = $project | New-VoiceConsent -Id '{project}-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioUrl '{Blob("consents")}'
        $set = $project | New-TrainingSet -Id '{project}-300' -VoiceKind Female |
            New-TrainingSetUpload -Kind AudioAndScript -Audios $wav -Scripts $txt -Wait -PollingIntervalSec 0.2
        {(modelId is null ? "" : $"$model = $consent | New-VoiceModel -Id '{project}{modelId}' -TrainingSetId $set.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2")}
        """;

    /// <summary>Asserts the host shows a table whose header row holds exactly these column labels, in this order.</summary>
    public static void AssertTableHeader(string hostText, params string[] labels)
    {
        var header = new Regex(@"(?m)^\s*" + string.Join(@"\s+", labels.Select(Regex.Escape)) + @"\s*$");
        Assert.True(header.IsMatch(hostText), $"No table with the columns {string.Join(", ", labels)} in:\n{hostText}");
    }

    public static object? Property(PSObject value, string path)
    {
        object? current = value;
        foreach (var name in path.Split('.'))
            current = current is null ? null : PSObject.AsPSObject(current).Properties[name]?.Value;
        return current is PSObject ps ? ps.BaseObject : current;
    }

    /// <summary>The requests the mock logged after <paramref name="since"/> entries, as "METHOD path" (query left out).</summary>
    public static List<string> RequestsSince(MockFixture mock, int since)
        => mock.Server.Requests.Snapshot().Skip(since).Select(r => $"{r.Method} {r.Path}").ToList();
}
