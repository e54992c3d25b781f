namespace ClaimDiff.Subjects;

/// <summary>Turns texts into vectors whose cosine similarity says how close their subjects are.</summary>
public interface ITextEmbedder
{
    /// <summary>Embeds each text; the result has one vector per input, in order.</summary>
    IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts);
}
