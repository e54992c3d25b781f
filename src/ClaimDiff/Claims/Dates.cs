using System.Globalization;
using System.Text.RegularExpressions;
using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>
/// Finds dates and normalises them to ISO 8601: "January 6, 2026" → 2026-01-06, "November 2025" → 2025-11; a date
/// without a year, a weekday, "yesterday" or "last month" is resolved against the article's published date.
/// </summary>
internal static partial class Dates
{

    public static List<string> Find(string text, DateTimeOffset? published)
    {
        var found = new List<(int Index, string Value)>();
        foreach (Match m in DatePattern.Matches(text))
        {
            var month = Array.FindIndex(CalendarNames.MonthNames, name => name.StartsWith(m.Groups["month"].Value.ToLowerInvariant()[..3], StringComparison.Ordinal)) + 1;
            var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)
                : m.Groups["day2"].Success ? int.Parse(m.Groups["day2"].Value, CultureInfo.InvariantCulture) : 0;
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : published?.Year;
            if (month == 0 || day > 31)
                continue;
            found.Add((m.Index, year is null ? m.Value
                : day == 0 ? $"{year:D4}-{month:D2}"
                : $"{year:D4}-{month:D2}-{day:D2}"));
        }
        if (published is { } p)
        {
            var date = p.Date;
            foreach (Match m in RelativeDatePattern.Matches(text))
            {
                var word = m.Value.ToLowerInvariant();
                var resolved = word switch
                {
                    "yesterday" => Day(date.AddDays(-1)),
                    "today" => Day(date),
                    "last month" => date.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    "this month" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    "last year" => (date.Year - 1).ToString(CultureInfo.InvariantCulture),
                    // A bare weekday in news means the latest such day on or before publication.
                    _ => Day(date.AddDays(-((7 + (int)date.DayOfWeek - Array.IndexOf(CalendarNames.WeekdayNames, word.Split(' ')[^1])) % 7))),
                };
                found.Add((m.Index, resolved));
            }
        }
        return found.OrderBy(f => f.Index).Select(f => f.Value).ToList();
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Where the absolute dates of <paramref name="text"/> lie.</summary>
    public static List<TextRange> Spans(string text)
        => DatePattern.Matches(text).Select(m => new TextRange(m.Index, m.Index + m.Length)).ToList();

    /// <summary>A month, day and year as written: "January 6, 2026", "6 Jan 2026", "November 2025", "Sept. 3".</summary>
    private static readonly Regex DatePattern = new(
        $@"\b(?:(?<day2>\d{{1,2}})\s+)?(?<month>{MonthAlternation()})\.?(?:\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The month names and abbreviations (<see cref="CalendarNames"/>), capitalised, longest first.</summary>
    private static string MonthAlternation()
        => string.Join("|", CalendarNames.MonthNames.Concat(CalendarNames.MonthAbbreviations.SelectMany(a => a))
            .Select(m => char.ToUpperInvariant(m[0]) + m[1..]).OrderByDescending(m => m.Length));

    /// <summary>
    /// Whether <paramref name="text"/> mentions a point in time, resolvable or not ("on Friday", "by 2028", "next month",
    /// "later this year"): a structure cue that a sentence reports an event rather than an opinion.
    /// </summary>
    public static bool Mentions(string text) => DatePattern.IsMatch(text) || RelativeDatePattern.IsMatch(text) || TimeCue().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:19|20)\d\d|tomorrow|(?:last|next|this|later this|earlier this)\s+(?:week|month|quarter|year))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeCue();

    private static readonly Regex RelativeDatePattern = new(
        $@"\b(?:yesterday|today|last month|this month|last year|{string.Join("|", CalendarNames.WeekdayNames)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
