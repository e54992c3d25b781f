namespace ClaimDiff.Subjects;

/// <summary>
/// Turns texts into vectors whose cosine similarity says how close their subjects are. A text's vector must depend on
/// that text alone, not on the others embedded with it: an <see cref="AnalysisSession"/> embeds each text once and
/// reuses its vector as articles are added.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Embeds each text; the result has one vector per input, in order.</summary>
    IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts);

    /// <summary>
    /// For an embedder whose vectors are over words (TF-IDF), its term weights: <see cref="SubjectGrouper"/> then adds
    /// each claim's broad news concepts to its text before embedding (a lexical vector sees only words) and names
    /// subjects by these weights. <see langword="null"/> (the default) for an embedder over meaning (MiniLM). A wrapper
    /// should give the inner embedder's.
    /// </summary>
    DocumentFrequencies? TermWeights => null;
}
