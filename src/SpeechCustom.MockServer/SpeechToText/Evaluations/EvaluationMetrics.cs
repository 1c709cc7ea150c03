namespace SpeechCustom.MockServer.SpeechToText.Evaluations;

/// <summary>Token-level edits of one model (v3.2+), by category.</summary>
internal sealed record TokenEdits(int Punctuation, int Capitalization, int InverseTextNormalization, int Lexical, int Others)
{
    public int Total => Punctuation + Capitalization + InverseTextNormalization + Lexical + Others;
}

/// <summary>
/// The accuracy of one model on one dataset, derived from a hash of (model, dataset): deterministic, different per
/// model, and consistent (wordErrorRate = (substitutions + deletions + insertions) / words). A custom model scores
/// better than its base model (55-65 % of the base model's error rate), so a client can see the adaptation paid off.
/// </summary>
internal sealed record EvaluationMetrics(
    int SentenceCount,
    int WordCount,
    int CorrectWordCount,
    int WordSubstitutionCount,
    int WordDeletionCount,
    int WordInsertionCount,
    double WordErrorRate,
    double SentenceErrorRate,
    int TokenCount,
    int CorrectTokenCount,
    int TokenSubstitutionCount,
    int TokenDeletionCount,
    int TokenInsertionCount,
    double TokenErrorRate,
    TokenEdits TokenEdits)
{
    public static EvaluationMetrics For(string modelKey, string baseModelKey, Guid datasetId, int sentenceCount, int wordCount)
    {
        sentenceCount = Math.Max(1, sentenceCount);
        wordCount = Math.Max(sentenceCount, wordCount);
        var seed = Deterministic.Hash($"{modelKey}|{datasetId}");
        var baseRate = 0.04 + (Deterministic.Fraction(Deterministic.Hash($"{baseModelKey}|{datasetId}"), 0) * 0.12);
        var rate = modelKey == baseModelKey ? baseRate : baseRate * (0.55 + (Deterministic.Fraction(seed, 0) * 0.1));
        var errors = Math.Max(1, (int)Math.Round(wordCount * rate));
        var substitutions = (int)Math.Round(errors * 0.6);
        var deletions = (int)Math.Round(errors * 0.2);
        var insertions = errors - substitutions - deletions;
        var sentencesWithErrors = Math.Min(sentenceCount, (int)Math.Ceiling(errors * 0.6));

        var edits = new TokenEdits(
            Deterministic.Pick(seed, 1, 1, sentenceCount),
            Deterministic.Pick(seed, 2, 0, 3),
            Deterministic.Pick(seed, 3, 0, 2),
            errors,
            Deterministic.Pick(seed, 4, 0, 1));
        var tokenCount = wordCount + (2 * sentenceCount);
        var tokenSubstitutions = (int)Math.Round(edits.Total * 0.6);
        var tokenDeletions = (int)Math.Round(edits.Total * 0.2);
        var tokenInsertions = edits.Total - tokenSubstitutions - tokenDeletions;
        return new EvaluationMetrics(
            sentenceCount,
            wordCount,
            wordCount - substitutions - deletions,
            substitutions,
            deletions,
            insertions,
            Math.Round((double)errors / wordCount, 4),
            Math.Round((double)sentencesWithErrors / sentenceCount, 4),
            tokenCount,
            tokenCount - tokenSubstitutions - tokenDeletions,
            tokenSubstitutions,
            tokenDeletions,
            tokenInsertions,
            Math.Round((double)edits.Total / tokenCount, 4),
            edits);
    }
}
