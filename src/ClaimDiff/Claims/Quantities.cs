using System.Text.RegularExpressions;
using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>
/// Finds quantities as written, with their bounds, scale and what they count: "about 60%", "more than 200 tonnes",
/// "$1.2bn", "3 million magnets", "nearly three-fifths", "three plants".
/// </summary>
internal static partial class Quantities
{
    public static List<string> Find(string text)
    {
        var found = new List<string>();
        var dates = Dates.Spans(text);
        foreach (Match m in QuantityPattern.Matches(text))
        {
            // A day of a date ("January 6") is not a quantity, nor is a bare year.
            if (dates.Any(d => m.Index >= d.Start && m.Index < d.End) || YearPattern().IsMatch(m.Value))
                continue;
            // A bare number word ("one of the", "ten") says too little to compare; keep it with a bound, a unit or a noun.
            if (!m.Groups["digits"].Success && !m.Groups["fraction"].Success && !m.Groups["bound"].Success && !m.Groups["unit"].Success && !m.Groups["noun"].Success)
                continue;
            found.Add(m.Value.Trim());
        }
        return found;
    }

    /// <summary>
    /// The quantity pattern, its bounds, number words and scales from the word lists that the text analysis reads too
    /// (<c>number-bounds</c>, <c>number-words</c>, <c>number-scales</c>).
    /// </summary>
    private static readonly Regex QuantityPattern = new($$"""
        (?:(?<bound>{{Alternation(WordLists.Entries("number-bounds").Select(e => e.Entry))}})\s+)?
        (?:
          (?<digits>[$€£¥]\s?\d+(?:[.,]\d+)*|\b\d+(?:[.,]\d+)*)
          |
          \b(?:{{Alternation(WordLists.Entries("number-words").Select(e => e.Entry).Concat(["hundreds", "thousands", "dozens", "half"]))}})
          (?<fraction>-(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths))?\b
        )
        (?<unit>\s*(?:%|percentage\ points?\b|percent\b|per\ cent\b))?
        (?<scale>\s*(?:{{Alternation(WordLists.Entries("number-scales").Select(e => e.Entry))}})\b)?
        (?<noun>\s+(?-i:(?!of\b)[a-z]{2,}s)\b)?
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.Compiled);

    /// <summary>The phrases as a regular-expression alternation, longest first.</summary>
    private static string Alternation(IEnumerable<string> phrases)
        => string.Join("|", phrases.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).Select(Regex.Escape));

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearPattern();
}
