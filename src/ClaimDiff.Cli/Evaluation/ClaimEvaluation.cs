using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Text;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>
/// Scores claim extraction on an annotated fixture file: a JSON array of small articles (<c>text</c>, optional
/// <c>published</c>), each with the claims a reader finds in it (<c>content</c>, <c>source</c> — "publisher" for an
/// unattributed claim — and optionally <c>cue</c>, <c>modality</c>, <c>polarity</c>, <c>quantities</c>, <c>dates</c>).
/// A claim may instead be annotated by a <c>quote</c> (an exact passage of the text that states it) with its
/// <c>source</c> and the other names the text gives that party (<c>aliases</c>): the extracted claim whose sentence
/// covers most of the quote stands for it, so annotators need not guess where the extractor cuts a claim. Such an
/// article may name its <c>publisher</c>.
/// </summary>
internal sealed class ClaimEvaluation
{
    private const string FixturePublisher = "Fixture Wire";

    public int Expected { get; private set; }
    public int Extracted { get; private set; }
    public int Found { get; private set; }
    /// <summary>Extracted claims that stand for an annotated one (in quote mode, several quotes of one sentence share a claim).</summary>
    public int Matched { get; private set; }
    public (int Right, int Total) Source { get; private set; }
    public (int Right, int Total) Cue { get; private set; }
    public (int Right, int Total) Modality { get; private set; }
    public (int Right, int Total) Polarity { get; private set; }
    public (int Right, int Total) Quantities { get; private set; }
    public (int Right, int Total) Dates { get; private set; }
    public List<string> Misses { get; } = [];

    public double Recall => Ratio((Found, Expected));
    public double Precision => Ratio((Matched, Extracted));

    public static double Ratio((int Right, int Total) x) => x.Total == 0 ? 1 : x.Right / (double)x.Total;

    public static ClaimEvaluation Run(string fixturePath, IClaimExtractor extractor, ISentenceSegmenter segmenter)
    {
        var evaluation = new ClaimEvaluation();
        foreach (var item in JArray.Parse(File.ReadAllText(fixturePath)).Cast<JObject>())
            evaluation.Score(item, extractor, segmenter);
        return evaluation;
    }

    private void Score(JObject item, IClaimExtractor extractor, ISentenceSegmenter segmenter)
    {
        var text = (string)item["text"]!;
        var pattern = (string?)item["pattern"] ?? (string?)item["id"] ?? text;
        DateTimeOffset? published = item["published"] is { } p ? DateTimeOffset.Parse((string)p!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
        var publisher = (string?)item["publisher"] ?? FixturePublisher;
        var article = new Article(text, id: "a1", publisher: publisher, published: published);
        var claims = extractor.Extract(article, segmenter.Segment(text)).ToList();
        Extracted += claims.Count;
        var matched = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var expected in item["claims"]!.Cast<JObject>())
        {
            Expected++;
            if (expected["quote"] is { } quote)
            {
                ScoreQuote(expected["pattern"] is { } kind ? $"{pattern}: {kind}" : pattern, text, publisher, (string)quote!, expected, claims, matched);
                continue;
            }
            var content = (string)expected["content"]!;
            var claim = claims.FirstOrDefault(c => Normalize(c.Content) == Normalize(content));
            if (claim is null)
            {
                Misses.Add($"[{pattern}] claim not found: \"{content}\" (found: {string.Join(" | ", claims.Select(c => c.Content))})");
                continue;
            }
            Found++;
            matched.Add(claim);
            var expectedSource = ExpectedSource(expected, publisher);
            Source = Count(Source, SameSource(claim.Source, expectedSource), pattern, "source", expectedSource, claim.Source);
            Cue = Count(Cue, string.Equals(claim.Cue, (string?)expected["cue"], StringComparison.OrdinalIgnoreCase), pattern, "cue", (string?)expected["cue"], claim.Cue);
            if (expected["modality"] is { } m)
                Modality = Count(Modality, string.Equals(claim.Modality.ToString(), (string)m!, StringComparison.OrdinalIgnoreCase), pattern, "modality", (string)m!, claim.Modality.ToString());
            var polarity = (string?)expected["polarity"] ?? "positive";
            Polarity = Count(Polarity, string.Equals(claim.Polarity.ToString(), polarity, StringComparison.OrdinalIgnoreCase), pattern, "polarity", polarity, claim.Polarity.ToString());
            if (expected["quantities"] is JArray q)
                Quantities = Count(Quantities, SameSet(q, claim.Quantities), pattern, "quantities", string.Join(";", q), string.Join(";", claim.Quantities));
            if (expected["dates"] is JArray d)
                Dates = Count(Dates, SameSet(d, claim.Dates), pattern, "dates", string.Join(";", d), string.Join(";", claim.Dates));
        }
        Matched += matched.Count;
        foreach (var claim in claims.Where(c => !matched.Contains(c)))
            Misses.Add($"[{pattern}] extracted, not annotated: \"{claim.Text}\"");
    }

    /// <summary>The annotated source, the article's publisher for "publisher".</summary>
    private static string ExpectedSource(JObject expected, string publisher)
    {
        var source = (string)expected["source"]!;
        return source == "publisher" ? publisher : source;
    }

    /// <summary>Scores a claim annotated by a quote: found when an extracted claim's sentence (or clause) covers most of the quote, the tightest of those that cover it most; its source is right when it is the annotated party under any of its names.</summary>
    private void ScoreQuote(string pattern, string text, string publisher, string quote, JObject expected, List<Claim> claims, HashSet<Claim> matched)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
            throw new FormatException($"[{pattern}] the quote is not in the text: \"{quote}\"");
        var end = start + quote.Length;
        var claim = claims
            .Select(c => (Claim: c, Overlap: Math.Min(end, c.End) - Math.Max(start, c.Start)))
            .Where(x => x.Overlap * 2 > quote.Length)
            .OrderByDescending(x => x.Overlap)
            .ThenBy(x => x.Claim.End - x.Claim.Start)
            .Select(x => x.Claim)
            .FirstOrDefault();
        if (claim is null)
        {
            Misses.Add($"[{pattern}] claim not found: \"{quote}\"");
            return;
        }
        Found++;
        matched.Add(claim);
        var names = (expected["aliases"] as JArray ?? []).Select(a => (string)a!).Prepend(ExpectedSource(expected, publisher)).ToList();
        Source = Count(Source, names.Any(n => SameSource(claim.Source, n)), pattern, "source", string.Join(" / ", names), claim.Source + $" (\"{quote}\")");
    }

    private (int, int) Count((int Right, int Total) tally, bool right, string pattern, string field, string? expected, string? actual)
    {
        if (!right)
            Misses.Add($"[{pattern}] {field}: expected \"{expected}\", got \"{actual}\"");
        return (tally.Right + (right ? 1 : 0), tally.Total + 1);
    }

    /// <summary>
    /// Sources match ignoring case, a leading article and an honorific: "The ministry" is "the ministry", "a spokesman"
    /// is "spokesman", "Professor Dominic Threlfall" is "Dominic Threlfall".
    /// </summary>
    private static bool SameSource(string actual, string expected)
    {
        static string Bare(string s)
        {
            foreach (var prefix in (string[])["the ", "a ", "an ", "dr ", "professor ", "prof ", "mr ", "mrs ", "ms ", "sir ", "dame "])
                if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    return Bare(s[prefix.Length..]);
            return s;
        }
        return string.Equals(Bare(actual), Bare(expected), StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameSet(JArray expected, IReadOnlyList<string> actual)
        => expected.Select(x => Normalize((string)x!)).Order().SequenceEqual(actual.Select(Normalize).Order());

    private static string Normalize(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
