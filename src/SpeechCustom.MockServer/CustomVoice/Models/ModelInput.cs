using System.Text.Json;
using System.Text.Json.Nodes;
using SpeechCustom.MockServer.CustomVoice.Catalog;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Models;

/// <summary>
/// The Model body of PUT /models/{id}: recipe.kind, projectId, consentId and trainingSetId are required. CrossLingual
/// and MultiStyle need a locale (the target language); MultiStyle needs presetStyles or styleTrainingSetIds.
/// </summary>
internal sealed record ModelInput(
    string? VoiceName,
    string? Description,
    RecipeChoice Recipe,
    string? Locale,
    string ProjectId,
    string ConsentId,
    string TrainingSetId,
    IReadOnlyList<string>? PresetStyles,
    IReadOnlyDictionary<string, string>? StyleTrainingSetIds)
{
    public static ModelInput Read(JsonObject body)
    {
        var recipe = body.RequiredObject("recipe");
        var recipeKind = recipe.RequiredString("kind", "recipe.kind");
        var known = Recipes.Find(recipeKind)
            ?? throw InvalidFieldException.Invalid("recipe.kind", $"'{recipeKind}' is not a recipe kind; use {string.Join(", ", Recipes.All.Select(r => r.Kind))}.");
        var properties = body.OptionalObject("properties");
        var presetStyles = properties?.OptionalStringArray("presetStyles", "properties.presetStyles");
        var styleTrainingSetIds = ReadStyleTrainingSets(properties);
        var locale = body.OptionalString("locale", minLength: 1);

        if (known.Kind is Recipes.CrossLingual or Recipes.MultiStyle && locale is null)
        {
            throw InvalidFieldException.Missing("locale");
        }

        if (known.Kind == Recipes.MultiStyle && presetStyles is null && styleTrainingSetIds is null)
        {
            throw InvalidFieldException.Missing("properties.presetStyles");
        }

        return new ModelInput(
            body.OptionalString("voiceName", minLength: 1),
            body.OptionalString("description"),
            new RecipeChoice(known.Kind, recipe.OptionalString("version", "recipe.version") ?? known.Version),
            locale,
            CustomVoiceIds.Require(body.RequiredString("projectId"), "projectId"),
            CustomVoiceIds.Require(body.RequiredString("consentId"), "consentId"),
            CustomVoiceIds.Require(body.RequiredString("trainingSetId"), "trainingSetId"),
            presetStyles,
            styleTrainingSetIds);
    }

    private static Dictionary<string, string>? ReadStyleTrainingSets(JsonObject? properties)
    {
        var map = properties?.OptionalObject("styleTrainingSetIds", "properties.styleTrainingSetIds");
        if (map is null)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (style, value) in map)
        {
            if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            {
                throw InvalidFieldException.Invalid($"properties.styleTrainingSetIds.{style}", "a training set id is expected.");
            }

            result[style] = CustomVoiceIds.Require(text.GetValue<string>(), $"properties.styleTrainingSetIds.{style}");
        }

        return result;
    }
}
