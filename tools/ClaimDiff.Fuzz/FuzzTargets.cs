using System.Text;
using ClaimDiff.Articles;
using ClaimDiff.Claims;
using ClaimDiff.Text;

namespace ClaimDiff.Fuzz;

/// <summary>
/// What each fuzz target does with one input. A target throws only when ClaimDiff breaks a promise: an exception
/// escapes a reader (which must turn a bad file into a failed record), or a sentence or claim does not slice the text
/// it came from. The fuzzer keeps every input that throws; the regression tests replay them.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets by name.</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["segmenter"] = Segmenter,
        ["claims"] = Claims,
        ["html"] = bytes => Reader(bytes, ".html"),
        ["json"] = bytes => Reader(bytes, ".json"),
        ["gzip"] = bytes => Reader(bytes, ".txt.gz"),
    };

    // Created on the first input, not with the table: SharpFuzz's instrumented code may run only once the fuzzer has
    // set up its coverage map.
    private static class Stages
    {
        public static readonly SentenceSegmenter Segmenter = new();
        public static readonly ClaimExtractor Extractor = new();
        public static readonly ArticleReader Reader = new();
    }

    /// <summary>Splits the input, read as UTF-8, into sentences that slice it in order.</summary>
    public static void Segmenter(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        CheckSentences(text, Stages.Segmenter.Segment(text));
    }

    /// <summary>Extracts the claims of the input read as UTF-8; each claim and its content slice the text.</summary>
    public static void Claims(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var sentences = Stages.Segmenter.Segment(text);
        CheckSentences(text, sentences);
        foreach (var claim in Stages.Extractor.Extract(new Article(text, id: "fuzz", publisher: "Fuzz Wire"), sentences))
        {
            Check(claim.Start >= 0 && claim.End <= text.Length && text[claim.Start..claim.End] == claim.Text, $"claim {claim.Id} does not slice the text");
            Check(claim.ContentRange.Start >= claim.Start && claim.ContentRange.End <= claim.End
                && text[claim.ContentRange.Start..claim.ContentRange.End] == claim.Content, $"claim {claim.Id}'s content does not slice the text");
        }
    }

    /// <summary>Reads the input as a file with the given extension; every article, failed or not, must come back without an exception.</summary>
    public static void Reader(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimdiff-fuzz-{Environment.ProcessId}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            foreach (var article in Stages.Reader.ReadAsync(path).ToBlockingEnumerable())
                Check(article.Error is not null || article.Text is not null, "an article without text or error");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void CheckSentences(string text, IReadOnlyList<Sentence> sentences)
    {
        var end = 0;
        foreach (var sentence in sentences)
        {
            Check(sentence.Start >= end && sentence.End <= text.Length, "sentences overlap or leave the text");
            Check(string.CompareOrdinal(text, sentence.Start, sentence.Text, 0, sentence.Text.Length) == 0, "a sentence does not slice the text");
            end = sentence.End;
        }
    }

    private static void Check(bool condition, string broken)
    {
        if (!condition)
            throw new InvalidOperationException("Fuzz target: " + broken);
    }
}
