using System.Text.RegularExpressions;

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
        foreach (Match m in Pattern().Matches(text))
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

    [GeneratedRegex("""
        (?:(?<bound>about|around|approximately|roughly|nearly|almost|over|more\ than|less\ than|fewer\ than|at\ least|at\ most|up\ to|just\ over|just\ under|some)\s+)?
        (?:
          (?<digits>[$€£¥]\s?\d+(?:[.,]\d+)*|\b\d+(?:[.,]\d+)*)
          |
          \b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|half)
          (?<fraction>-(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths))?\b
        )
        (?<unit>\s*(?:%|percentage\ points?\b|percent\b|per\ cent\b))?
        (?<scale>\s*(?:bn|billion|million|m|trillion|tn)\b)?
        (?<noun>\s+(?-i:(?!of\b)[a-z]{2,}s)\b)?
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearPattern();
}
