using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>Dataset lists (GET /datasets and GET /projects/{id}/datasets) share one filter grammar and rendering.</summary>
internal static class DatasetListing
{
    public static readonly FilterGrammar Grammar = new(
        [
            ("displayName", FilterValueKind.Text), ("description", FilterValueKind.Text), ("status", FilterValueKind.Text),
            ("locale", FilterValueKind.Text), ("kind", FilterValueKind.Text),
            ("createdDateTime", FilterValueKind.Date), ("lastActionDateTime", FilterValueKind.Date),
        ],
        allowOrAndNot: true);

    /// <summary>Callers hold the store lock.</summary>
    public static ApiResponse Page(HttpContext context, IEnumerable<SttDataset> datasets, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(
            context,
            datasets,
            Grammar,
            d => name => d.Field(name, request.Now),
            d => d.ToJson(request),
            d => !d.StateAt(request.Now).IsTerminal,
            state.Options);
    }
}
