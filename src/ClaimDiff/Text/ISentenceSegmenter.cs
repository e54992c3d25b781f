namespace ClaimDiff.Text;

/// <summary>Splits article text into sentences.</summary>
public interface ISentenceSegmenter
{
    /// <summary>Returns the sentences of <paramref name="text"/> in order, each with its offset; whitespace between sentences is not part of any.</summary>
    IReadOnlyList<Sentence> Segment(string text);
}
