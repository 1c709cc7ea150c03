using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>A ModelCopyAuthorization issued by this (target) server.</summary>
internal sealed record CopyAuthorization(string Id, string SourceResourceId, DateTimeOffset ExpiresAt);

/// <summary>What the source sends the target: the authorization it was given and the model to recreate.</summary>
internal sealed record CopyPayload(
    string AuthorizationId,
    string SourceResourceId,
    DateTimeOffset? ExpirationDateTime,
    string DisplayName,
    string? Description,
    string Locale,
    Guid BaseModelId,
    string? Text,
    Dictionary<string, string>? CustomProperties,
    int? CustomModelWeightPercent);

/// <summary>A Models_Copy operation on the source server (GET /operations/models/copy/{id}).</summary>
internal sealed class CopyOperation
{
    public required Guid Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required LongRunningWork Work { get; init; }

    /// <summary>scheme://host of the target server.</summary>
    public required string TargetEndpoint { get; init; }

    public required Guid TargetModelId { get; init; }

    public object ToJson(SttRequest request)
    {
        var state = Work.StateAt(request.Now);
        var target = SttRequest.For(request.Version, TargetEndpoint, request.Now);
        return new OperationJson(
            Id,
            request.Url($"operations/models/copy/{Id}"),
            state.OperationStatus,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(state.EnteredAt),
            state is { IsTerminal: true, IsFailed: false } ? new OperationResult(target.EntityUrl("models", TargetModelId)) : null,
            state.Failure is { } failure ? new EntityError(failure.Code, failure.Message) : null);
    }

    private sealed record OperationJson(Guid Id, string Self, string Status, string CreatedDateTime, string LastActionDateTime, OperationResult? Result, EntityError? Error);

    private sealed record OperationResult(string Link);
}

/// <summary>The target side of a copy: checks the authorization and creates the model. Used in-process and by the HTTP receiver.</summary>
internal static class ModelCopyReceiver
{
    public static Guid Receive(MockServerState target, CopyPayload payload)
    {
        var now = target.Clock.GetUtcNow();
        var store = target.SpeechToText;
        lock (store.Gate)
        {
            if (!store.CopyAuthorizations.TryGetValue(payload.AuthorizationId, out var authorization))
            {
                throw SttErrors.InvalidRequest("InvalidParameterValue", $"The model copy authorization '{payload.AuthorizationId}' is not known to the target resource. Call POST /models:authorizecopy on the target resource and pass its answer unchanged.", "id");
            }

            if (authorization.ExpiresAt <= now || payload.ExpirationDateTime <= now)
            {
                throw SttErrors.InvalidRequest("ModelCopyAuthorizationExpired", $"The model copy authorization '{authorization.Id}' expired on {Timestamps.SpeechToText(authorization.ExpiresAt)}. Ask the target resource for a new one.", "expirationDateTime");
            }

            if (!string.Equals(authorization.SourceResourceId, payload.SourceResourceId, StringComparison.OrdinalIgnoreCase))
            {
                throw SttErrors.InvalidRequest("InvalidSourceAzureResourceId", $"The model copy authorization '{authorization.Id}' was issued for the source resource '{authorization.SourceResourceId}', not '{payload.SourceResourceId}'.", "sourceResourceId");
            }

            var baseModel = store.BaseModels.Find(payload.BaseModelId) ?? store.BaseModels.DefaultFor(payload.Locale)
                ?? throw SttErrors.InvalidRequest("InvalidBaseModel", $"The target resource has no base model for {payload.Locale}.");
            var model = new SttModel
            {
                Id = Guid.NewGuid(),
                DisplayName = payload.DisplayName,
                Description = payload.Description,
                Locale = payload.Locale,
                CustomProperties = payload.CustomProperties,
                CreatedAt = Timestamps.ToSeconds(now),
                BaseModel = baseModel,
                Text = payload.Text,
                CustomModelWeightPercent = payload.CustomModelWeightPercent,
            };
            model.Work = target.StartWork(now, WorkPlan.Standard, FailureKind.SpeechToTextModel, model.DisplayName, model.Id.ToString());
            store.Models.Add(model.Id, model);
            target.Announce(model, now);
            return model.Id;
        }
    }
}
