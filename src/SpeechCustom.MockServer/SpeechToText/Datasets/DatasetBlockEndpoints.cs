using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// Block upload for datasets created without contentUrl: PUT /datasets/{id}/blocks?blockid= (raw bytes, at most 8 MiB,
/// 201), GET /datasets/{id}/blocks, POST /datasets/{id}/blocks:commit (200; starts the import).
/// </summary>
internal static class DatasetBlockEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/datasets/{id}/blocks", Upload);
        api.MapGet("/datasets/{id}/blocks", List);
        api.MapPost("/datasets/{id}/blocks:commit", Commit);
    }

    private static ApiResponse Upload(HttpContext context, string id, MockServerState state)
    {
        var blockId = context.Request.Query["blockid"].ToString();
        if (blockId.Length == 0)
        {
            throw InvalidFieldException.Missing("blockid");
        }

        if (!IsBase64(blockId, out var decodedLength) || decodedLength > 64)
        {
            throw InvalidFieldException.Invalid("blockid", "a Base64 string of at most 64 bytes before encoding is expected.");
        }

        var data = RequestBody.Bytes(context);
        if (data.Length > DatasetBlocks.MaxBlockBytes)
        {
            throw SttErrors.InvalidRequest("InvalidPayload", $"A block holds at most {DatasetBlocks.MaxBlockBytes} bytes (8 MiB); this one has {data.Length}.");
        }

        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var problem = OpenBlocks(DatasetEndpoints.Find(store, id)).Put(blockId, data);
            return problem is null ? ApiResponse.Empty(201) : throw SttErrors.InvalidRequest("InvalidParameterValue", problem, "blockid");
        }
    }

    private static ApiResponse List(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var dataset = DatasetEndpoints.Find(store, id);
            var blocks = dataset.Blocks ?? throw NotBlockUpload(id);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, blocks.ToJson()), dataset.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    private static ApiResponse Commit(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var entries = ReadEntries(RequestBody.JsonArray(context));
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var dataset = DatasetEndpoints.Find(store, id);
            var problem = OpenBlocks(dataset).Commit(entries);
            if (problem is not null)
            {
                throw SttErrors.InvalidRequest("InvalidParameterValue", problem);
            }

            var blocks = dataset.Blocks!;
            var bytes = blocks.CommittedData();
            dataset.Data = new DatasetData(DatasetData.DefaultFileName(dataset.Kind), DatasetDataSource.Blocks, blocks.CommittedBlockCount, dataset.Kind, dataset.Locale, () => bytes);
            dataset.Work = DatasetEndpoints.StartImport(state, dataset, request.Now);
            return ApiResponse.Empty(200);
        }
    }

    private static DatasetBlocks OpenBlocks(SttDataset dataset)
    {
        var blocks = dataset.Blocks ?? throw NotBlockUpload(dataset.Id.ToString());
        return blocks.IsCommitted
            ? throw SttErrors.InvalidRequest("InvalidDataset", $"The blocks of dataset '{dataset.Id}' were already committed; create a new dataset to upload other data.")
            : blocks;
    }

    private static ApiException NotBlockUpload(string id) =>
        SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{id}' was created with a contentUrl and does not take block uploads.");

    private static List<(string Kind, string Id)> ReadEntries(JsonArray array)
    {
        if (array.Count == 0)
        {
            throw SttErrors.InvalidRequest("EmptyRequest", "The block list is empty; list the ids of the uploaded blocks in order.");
        }

        var entries = new List<(string, string)>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonObject entry)
            {
                throw InvalidFieldException.Invalid("blockList", "each entry must be an object {\"kind\":\"Uncommitted\",\"id\":\"...\"}.");
            }

            var kind = entry.OptionalString("kind") ?? "Latest";
            if (kind is not ("Committed" or "Uncommitted" or "Latest"))
            {
                throw InvalidFieldException.Invalid("kind", $"'{kind}' is not one of Committed, Uncommitted, Latest.");
            }

            entries.Add((kind, entry.RequiredString("id")));
        }

        return entries;
    }

    private static bool IsBase64(string text, out int decodedLength) =>
        Convert.TryFromBase64String(text, new byte[text.Length], out decodedLength);
}
