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
}
