namespace ClaimDiff.Claims;

/// <summary>Who a sentence credits its content to, and where that content lies in the sentence.</summary>
internal sealed record Attribution(string Source, SourceKind Kind, string Cue, int ContentStart, int ContentEnd)
{
    /// <summary>
    /// Finds the attribution of a sentence by an ordered sieve, the most explicit frame first: "according to X", then
    /// a reporting verb with its subject before or after the content. Null when the sentence itself credits no source
    /// (a quotation that goes on from an earlier sentence is <see cref="QuoteContinuation"/>'s to credit).
    /// </summary>
    public static Attribution? Find(string text, List<Word> words, SourceContext context)
        => AccordingToFrame.Find(text, words, context) ?? ReportingVerbFrame.Find(text, words, context);
}
