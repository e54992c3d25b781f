using System.Collections.Frozen;

namespace ClaimDiff.Text;

/// <summary>The English names of months and weekdays, for every stage that reads dates.</summary>
internal static class CalendarNames
{
    /// <summary>The months in order, lower case: index 0 is January.</summary>
    public static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The weekdays in the order of <see cref="DayOfWeek"/>, lower case: index 0 is Sunday.</summary>
    public static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The month names, in any case.</summary>
    public static readonly FrozenSet<string> Months = MonthNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The weekday names, in any case.</summary>
    public static readonly FrozenSet<string> Weekdays = WeekdayNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
