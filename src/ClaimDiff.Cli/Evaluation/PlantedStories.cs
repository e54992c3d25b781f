using System.Globalization;
using System.Text.RegularExpressions;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Text;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>The kinds of discrepancy <see cref="PlantedStories"/> plants.</summary>
internal enum PlantedKind
{
    /// <summary>A figure multiplied by 1.6 ("11 years" → "18 years").</summary>
    Numeric,

    /// <summary>"not" after an auxiliary verb ("will close" → "will not close").</summary>
    Negation,

    /// <summary>A year moved three years on ("in 2012" → "in 2015").</summary>
    Year,
}

/// <summary>
/// One planted discrepancy: an article, its copy with one sentence edited, and where that sentence is in each
/// (<see cref="OriginalSpan"/> in the original, <see cref="EditedSpan"/> in the copy).
/// </summary>
internal sealed record PlantedPair(PlantedKind Kind, Article Original, Article Copy, Claims.TextRange OriginalSpan, Claims.TextRange EditedSpan, string Before, string After);

/// <summary>
/// Plants one discrepancy per article: each article is published twice, by two outlets, the second time with one
/// sentence edited (a figure, a negation or a year changed), the kinds taking turns. A stand-in for multi-outlet
/// stories with planted cross-source discrepancies: everything but the edited sentence restates the original word for
/// word, so it measures whether the edit is found, not how outlets paraphrase. Deterministic.
/// </summary>
internal static partial class PlantedStories
{
    private static readonly SentenceSegmenter Segmenter = new();

    public static List<PlantedPair> Plant(IEnumerable<(string Id, string Text)> bodies, int perKind)
    {
        var pairs = new List<PlantedPair>();
        var counts = new int[Enum.GetValues<PlantedKind>().Length];
        foreach (var (id, text) in bodies)
        {
            var kind = (PlantedKind)Array.IndexOf(counts, counts.Min());
            if (counts[(int)kind] >= perKind) break;
            foreach (var sentence in Segmenter.Segment(text))
            {
                if (sentence.Text.Length is < 40 or > 400 || Edit(kind, sentence.Text) is not { } edited) continue;
                var start = sentence.Start;
                var copy = string.Concat(text.AsSpan(0, start), edited, text.AsSpan(start + sentence.Text.Length));
                pairs.Add(new PlantedPair(kind,
                    new Article(text, id: "A" + id, publisher: "outlet A" + id),
                    new Article(copy, id: "B" + id, publisher: "outlet B" + id),
                    new Claims.TextRange(start, start + sentence.Text.Length),
                    new Claims.TextRange(start, start + edited.Length),
                    sentence.Text, edited));
                counts[(int)kind]++;
                break;
            }
        }
        return pairs;
    }

    /// <summary>The sentence with one edit of <paramref name="kind"/>, or null when it offers none.</summary>
    internal static string? Edit(PlantedKind kind, string sentence)
    {
        switch (kind)
        {
            case PlantedKind.Numeric:
                foreach (Match m in Figure().Matches(sentence))
                {
                    var value = long.Parse(m.Value.Replace(",", ""), CultureInfo.InvariantCulture);
                    // Not a year (the year edit's job) nor a day of a month: "Aug. 46" is no date and no figure either.
                    if (value < 10 || m.Value.Length == 4 && value is >= 1000 and <= 2099 || IsDayOfMonth(sentence, m)) continue;
                    var changed = (long)Math.Round(value * 1.6);
                    var written = m.Value.Contains(',') ? changed.ToString("#,0", CultureInfo.InvariantCulture) : changed.ToString(CultureInfo.InvariantCulture);
                    return string.Concat(sentence.AsSpan(0, m.Index), written, sentence.AsSpan(m.Index + m.Length));
                }
                return null;
            case PlantedKind.Negation:
                // Only in a sentence that negates nothing yet: "none of those things are not true" would plant an affirmation.
                return !NegationConflictDetector.Negates(sentence) && Auxiliary().Match(sentence) is { Success: true } a
                    ? sentence.Insert(a.Groups[1].Index + a.Groups[1].Length, " not") : null;
            default:
                return Year().Match(sentence) is { Success: true } y
                    ? string.Concat(sentence.AsSpan(0, y.Index), (int.Parse(y.Value, CultureInfo.InvariantCulture) + 3).ToString(CultureInfo.InvariantCulture), sentence.AsSpan(y.Index + 4))
                    : null;
        }
    }

    private static bool IsDayOfMonth(string sentence, Match figure)
        => MonthBefore().IsMatch(sentence.AsSpan(0, figure.Index)) || MonthAfter().IsMatch(sentence.AsSpan(figure.Index + figure.Length));

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    /// <summary>A whole number of two digits or more, not part of a decimal, a percentage, a money amount or a word.</summary>
    [GeneratedRegex(@"(?<![\w.,$£€/:-])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![\w%/:-]|[.,]\d)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(is|was|are|were|has|have|had|will|would|can|could|does|did|should|must)\s+[a-z]{3,}\b")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?<![\w.,$-])(?:19[5-9]\d|20[0-2]\d)(?![\w%]|[.,-]\d)")]
    private static partial Regex Year();
}
