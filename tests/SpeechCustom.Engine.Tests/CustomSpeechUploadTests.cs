using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Tests.Support;
using SpeechCustom.MockServer;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>
/// Datasets from local files: blocks of at most 8 MiB on 2024-11-15 and later, each retried alone; one multipart request
/// on v3.x; progress to the last byte; and a failed upload leaves no dataset behind.
/// </summary>
public sealed class CustomSpeechUploadTests(MockServerFixture mock) : IClassFixture<MockServerFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("speechcustom-upload-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File(string name, int bytes)
    {
        var path = Path.Combine(folder, name);
        var data = new byte[bytes];
        new Random(7).NextBytes(data);
        System.IO.File.WriteAllBytes(path, data);
        return path;
    }

    private static CsrDatasetDefinition Definition(string name) => new() { Kind = "Language", Locale = "en-US", DisplayName = name };

    [Fact]
    public async Task A_block_the_service_fails_once_is_sent_again_and_every_byte_arrives()
    {
        var context = mock.Connect("2024-11-15");
        var path = File("words.txt", (8 * 1024 * 1024) + 5000);
        mock.Server.Faults.Add(new FaultRule { Method = "PUT", PathContains = "blockid=MDAwMDAx", Status = 503, Count = 1 });
        var progress = new List<CsrUploadProgress>();

        var dataset = await context.SpeechToText.UploadDatasetAsync(Definition(MockServerFixture.NewId("retried")), path, p => { lock (progress) progress.Add(p); }, default);

        var upload = mock.Server.GetDatasetUpload(dataset.Id!);
        Assert.NotNull(upload);
        Assert.Equal(new FileInfo(path).Length, upload!.TotalBytes);
        Assert.Equal(2, upload.BlockCount);
        var puts = mock.Server.Requests.Where(r => r.Method == "PUT" && r.Path.Contains(dataset.Id!)).ToList();
        Assert.Equal(new[] { 201, 503, 201 }, puts.Select(p => p.Status));
        Assert.Equal(new FileInfo(path).Length, progress.Max(p => p.BytesSent));
        Assert.Equal(100, progress.Last().Percent);
    }

    [Fact]
    public async Task A_block_the_service_keeps_refusing_fails_the_upload_and_the_dataset_is_deleted()
    {
        var context = mock.Connect("2025-10-15");
        var path = File("refused.txt", 3000);
        var name = MockServerFixture.NewId("refused");
        mock.Server.Faults.Add(new FaultRule { Method = "PUT", PathContains = "/blocks?blockid=", Status = 400, Count = 1, Message = "The block is not acceptable." });
        var log = new ListLog();

        SpeechServiceException e;
        using (EngineLog.Use(log))
            e = await Assert.ThrowsAsync<SpeechServiceException>(() => context.SpeechToText.UploadDatasetAsync(Definition(name), path, null, default));

        Assert.Contains("The block is not acceptable.", e.Message);
        var created = mock.Server.Requests.Single(r => r.Method == "POST" && r.Body.Contains(name));
        var id = mock.Server.Requests.First(r => r.Method == "PUT" && r.Time >= created.Time).Path.Split('/')[^2];
        Assert.Contains(mock.Server.Requests, r => r.Method == "DELETE" && r.Path.EndsWith("/datasets/" + id, StringComparison.Ordinal));
        Assert.Empty(await ReadAllAsync(context, $"displayName eq '{name}'"));
        Assert.Contains($"dataset {id} was deleted again", log.All);
    }

    [Fact]
    public async Task On_v3_2_the_file_goes_in_one_multipart_request_with_progress_to_the_end()
    {
        var context = mock.Connect("v3.2");
        var path = File("multi.txt", 300_000);
        var progress = new List<CsrUploadProgress>();

        var dataset = await context.SpeechToText.UploadDatasetAsync(Definition(MockServerFixture.NewId("multi")), path, p => { lock (progress) progress.Add(p); }, default);

        var upload = mock.Server.GetDatasetUpload(dataset.Id!);
        Assert.Equal("Multipart", upload!.Source);
        Assert.Equal(300_000, upload.TotalBytes);
        Assert.Equal("multi.txt", upload.FileName);
        Assert.DoesNotContain(mock.Server.Requests, r => r.Method == "PUT" && r.Path.Contains(dataset.Id!));
        Assert.Equal(100, progress.Last().Percent);
        Assert.True(progress.Select(p => p.BytesSent).SequenceEqual(progress.Select(p => p.BytesSent).OrderBy(b => b)));
    }

    [Theory]
    [InlineData(0, "EmptyFile")]
    [InlineData(-1, "FileNotFound")]
    public async Task Empty_or_missing_files_fail_before_anything_is_sent(int bytes, string errorId)
    {
        var transport = new NoRequestTransport();
        var context = SpeechContext.Create(new SpeechConnectOptions
        {
            AuthType = SpeechAuthType.Key, Endpoint = new Uri("https://contoso.cognitiveservices.azure.com"), Key = "0123456789abcdef0123456789abcdef", Transport = transport,
        });
        var path = bytes < 0 ? Path.Combine(folder, "missing.zip") : File("empty.zip", bytes);

        var e = await Assert.ThrowsAsync<SpeechInputException>(() => context.SpeechToText.UploadDatasetAsync(Definition("d"), path, null, default));

        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal(0, transport.Sent);
    }

    private static async Task<List<CsrDataset>> ReadAllAsync(SpeechContext context, string filter)
    {
        var all = new List<CsrDataset>();
        var pages = context.SpeechToText.ListDatasets(filter, null, null);
        while (await pages.NextPageAsync(default) is { } page)
            all.AddRange(page);
        return all;
    }
}
