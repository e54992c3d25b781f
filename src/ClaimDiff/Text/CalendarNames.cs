using System.Collections.Frozen;

namespace ClaimDiff.Text;

/// <summary>The English names of months and weekdays (the <c>months</c> and <c>weekdays</c> word lists), for every stage that reads dates.</summary>
internal static class CalendarNames
{
    /// <summary>The months in order, lower case: index 0 is January.</summary>
    public static readonly string[] MonthNames = [.. WordLists.Words("months")];

    /// <summary>The abbreviations of each month, in the order of <see cref="MonthNames"/>: "jan"; "sep", "sept".</summary>
    public static readonly string[][] MonthAbbreviations =
        [.. WordLists.Entries("months").Select(e => e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The weekdays in the order of <see cref="DayOfWeek"/>, lower case: index 0 is Sunday.</summary>
    public static readonly string[] WeekdayNames = [.. WordLists.Words("weekdays")];

    /// <summary>The month names, in any case.</summary>
    public static readonly FrozenSet<string> Months = MonthNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The weekday names, in any case.</summary>
    public static readonly FrozenSet<string> Weekdays = WeekdayNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
