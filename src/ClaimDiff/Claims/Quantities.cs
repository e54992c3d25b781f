using System.Text.RegularExpressions;

namespace ClaimDiff.Claims;

/// <summary>Finds quantities ("about 60%", "more than 200", "$1.2bn", "3 million tonnes") as written.</summary>
internal static partial class Quantities
{
    public static List<string> Find(string text)
    {
        var found = new List<string>();
        var dates = Dates.Spans(text);
        foreach (Match m in Pattern().Matches(text))
        {
            // A day of a date ("January 6") is not a quantity.
            if (dates.Any(d => m.Index >= d.Start && m.Index < d.End))
                continue;
            // A bare year is a date, not a quantity.
            if (YearPattern().IsMatch(m.Value))
                continue;
            found.Add(m.Value.Trim());
        }
        return found;
    }

    [GeneratedRegex(@"(?:(?:about|around|approximately|roughly|nearly|almost|over|more than|less than|fewer than|at least|at most|up to|some)\s+)?[$€£¥]?\d+(?:[.,]\d+)*(?:\s*(?:%|percent|per cent|bn|billion|million|m|trillion|tonnes|tons|km|kg|people|users|companies|firms))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearPattern();
}
