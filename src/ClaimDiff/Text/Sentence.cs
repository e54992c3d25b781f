namespace ClaimDiff.Text;

/// <summary>A sentence of an article: its text and its position in the article text.</summary>
/// <param name="Start">The offset of the first character in the article text.</param>
/// <param name="Text">The sentence text, exactly <c>articleText.Substring(Start, Text.Length)</c>.</param>
public readonly record struct Sentence(int Start, string Text)
{
    /// <summary>The offset one past the last character in the article text.</summary>
    public int End => Start + Text.Length;
}
