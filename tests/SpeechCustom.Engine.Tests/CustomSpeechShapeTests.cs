using System.Text;
using System.Text.Json;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>
/// The custom speech object model hides the versions' shapes (locale maps, durations, features), reads import reports
/// whatever their layout, and builds what the API requires (block ids of one length, references of the right kind).
/// </summary>
public sealed class CustomSpeechShapeTests
{
    [Fact]
    public void Dataset_locales_read_the_same_from_both_version_shapes()
    {
        var byLocale = new Dictionary<string, List<string>> { ["en-US"] = ["Acoustic", "Language", "Pronunciation"], ["de-DE"] = ["Language", "Acoustic"] };
        // A kind this module does not know yet (the service's DatasetKind is an open enum) is kept, not mistaken for a locale.
        var byKind = new Dictionary<string, List<string>> { ["Language"] = ["en-US", "de-DE"], ["Acoustic"] = ["de-DE", "en-US"], ["Pronunciation"] = ["en-US"], ["FutureKind"] = ["en-US"] };

        var v3 = SpeechToTextClient.DatasetLocalesOf(byLocale, byKind: false);
        var current = SpeechToTextClient.DatasetLocalesOf(byKind, byKind: true);

        Assert.Equal(new[] { "de-DE: Acoustic, Language", "en-US: Acoustic, Language, Pronunciation" }, v3.Select(l => l.ToString()));
        Assert.Equal(new[] { "de-DE: Acoustic, Language", "en-US: Acoustic, Language, Pronunciation, FutureKind" }, current.Select(l => l.ToString()));
    }

    [Fact]
    public void Durations_and_features_read_the_same_from_v3_and_later_versions()
    {
        var v3 = JsonSerializer.Deserialize("""{"self":"https://x/speechtotext/v3.2/datasets/9d5f4100-5f8e-4dd6-bd83-9bbbf50d57f1","properties":{"duration":"PT4M12S"}}""", SpeechJsonContext.Default.CsrDataset)!;
        var current = JsonSerializer.Deserialize("""{"self":"https://x/speechtotext/datasets/9d5f4100-5f8e-4dd6-bd83-9bbbf50d57f1?api-version=2025-10-15","properties":{"durationMilliseconds":252000}}""", SpeechJsonContext.Default.CsrDataset)!;
        Assert.Equal(TimeSpan.FromSeconds(252), v3.Properties!.Duration);
        Assert.Equal(v3.Properties.Duration, current.Properties!.Duration);
        Assert.Equal(v3.Id, current.Id);

        var oldFeatures = JsonSerializer.Deserialize("""{"properties":{"features":{"supportsTranscriptions":true,"supportsEndpoints":true}}}""", CustomSpeechJsonContext.Default.CsrModel)!;
        var newFeatures = JsonSerializer.Deserialize("""{"properties":{"features":{"supportsTranscriptionsSubmit":true,"supportsTranscriptionsTranscribe":false}}}""", CustomSpeechJsonContext.Default.CsrModel)!;
        Assert.True(oldFeatures.Properties!.Features!.SupportsTranscriptions);
        Assert.Null(oldFeatures.Properties.Features.SupportsFastTranscription);
        Assert.True(newFeatures.Properties!.Features!.SupportsTranscriptions);
        Assert.False(newFeatures.Properties.Features.SupportsFastTranscription);
    }

    [Fact]
    public void A_project_names_itself_as_its_project_and_never_sends_it()
    {
        var project = JsonSerializer.Deserialize("""{"self":"https://x/speechtotext/projects/abc46f33-1d2e-4f1a-9f7e-5f2a6b7c8d9e?api-version=2025-10-15","displayName":"p","locale":"en-US","foundryProjectName":"f"}""", CustomSpeechJsonContext.Default.CsrProject)!;

        Assert.Equal("abc46f33-1d2e-4f1a-9f7e-5f2a6b7c8d9e", project.Project!.Id);
        Assert.Equal("f", project.FoundryProjectName);
        Assert.DoesNotContain("\"project\"", JsonSerializer.Serialize(project, CustomSpeechJsonContext.Default.CsrProject));
    }

    [Fact]
    public void Updates_send_only_what_is_set()
    {
        var json = JsonSerializer.Serialize(new CsrEntityUpdate { Description = "d" }, CustomSpeechJsonContext.Default.CsrEntityUpdate);
        Assert.Equal("""{"description":"d"}""", json);
    }

    [Fact]
    public void Block_ids_are_base64_of_one_length_for_any_number_of_blocks()
    {
        var ids = new[] { 0, 1, 9, 10, 99_999, 999_999 }.Select(SpeechToTextClient.BlockId).ToList();
        Assert.Single(ids.Select(i => i.Length).Distinct());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Convert.FromBase64String(id).Length <= 64));
    }

    [Theory]
    [InlineData("https://x/speechtotext/v3.2/models/base/8a043172-cfe6-4a5b-a6b7-9c3b36fd2c5e", "models/base")]
    [InlineData("https://x/speechtotext/models/827712a5-f942-4997-91c3-7c6cde35600b?api-version=2025-10-15", "models")]
    [InlineData("https://x/speechtotext/datasets/9d5f4100-5f8e-4dd6-bd83-9bbbf50d57f1?api-version=2024-11-15", "datasets")]
    public void References_know_their_collection(string url, string collection)
    {
        Assert.Equal(collection, SpeechToTextClient.CollectionOf(new Uri(url)));
        Assert.Equal(url.Split('/').Last().Split('?')[0], SpeechToTextClient.ReferenceIdOf(url, collection, "X", "thing"));
        var other = collection == "datasets" ? "models" : "datasets";
        var e = Assert.Throws<SpeechInputException>(() => SpeechToTextClient.ReferenceIdOf(url, other, "X", "thing"));
        Assert.Equal("InvalidReference", e.ErrorId);
    }

    [Fact]
    public void Deprecation_is_called_out_within_30_days_and_after_the_date_only()
    {
        var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        CsrBaseModel Model(int adaptationDays, int transcriptionDays) => new()
        {
            Self = "https://x/speechtotext/models/base/8a043172-cfe6-4a5b-a6b7-9c3b36fd2c5e", DisplayName = "base", Locale = "en-US",
            Properties = new BaseModelProperties { DeprecationDates = new CsrDeprecationDates { AdaptationDateTime = now.AddDays(adaptationDays), TranscriptionDateTime = now.AddDays(transcriptionDays) } },
        };

        Assert.Empty(CsrDeprecation.Notices(Model(31, 400), now));
        var soon = CsrDeprecation.Notices(Model(30, 400), now);
        Assert.Contains("can no longer be adapted after 2026-12-01 (in 30 day(s))", Assert.Single(soon));
        var past = CsrDeprecation.Notices(Model(-5, 20), now);
        Assert.Equal(2, past.Count);
        Assert.Contains("can no longer be adapted since 2026-10-27 (5 day(s) ago)", past[0]);
        Assert.Contains("can no longer transcribe after 2026-11-21", past[1]);
        Assert.Single(CsrDeprecation.Notices(Model(-5, 20), now, adaptation: false));
    }

    [Fact]
    public void Reports_read_accepted_and_rejected_lines_from_grouped_lists()
    {
        var lines = Read("""
            {"kind":"Acoustic","acceptedLineCount":2,"rejectedLineCount":1,
             "acceptedLines":[{"lineNumber":1,"text":"a.wav\thello"},{"lineNumber":2,"text":"b.wav\tworld"}],
             "rejectedLines":[{"lineNumber":3,"text":"c.wav\tmissing","reason":"The audio file is missing."}]}
            """);

        Assert.Equal(new[] { (1, true), (2, true), (3, false) }, lines.Select(l => (l.Line!.Value, l.Accepted)));
        Assert.Equal("The audio file is missing.", lines[2].Reason);
        Assert.All(lines, l => Assert.Equal("d", l.DatasetId));
    }

    [Fact]
    public void Reports_read_per_line_statuses_under_files_and_error_objects()
    {
        var lines = Read("""
            {"files":[{"fileName":"trans.txt","lines":[
                {"line":"1","status":"Accepted","content":"hello"},
                {"line":"2","status":"Rejected","error":{"code":"InvalidText","message":"unsupported characters"}},
                {"line":"3","isValid":false,"errors":["too long","no audio"]}]}]}
            """);

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal("trans.txt", l.File));
        Assert.True(lines[0].Accepted);
        Assert.Equal("hello", lines[0].Text);
        Assert.Equal("InvalidText: unsupported characters", lines[1].Reason);
        Assert.False(lines[2].Accepted);
        Assert.Equal("too long; no audio", lines[2].Reason);
    }

    [Fact]
    public void A_report_without_lines_reads_as_none()
        => Assert.Empty(Read("""{"acceptedLineCount":0,"rejectedLineCount":0}"""));

    private static IReadOnlyList<CsrDatasetReportLine> Read(string json) => DatasetReportReader.Read(Encoding.UTF8.GetBytes(json), "d");
}
