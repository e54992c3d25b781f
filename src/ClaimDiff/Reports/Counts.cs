using System.Globalization;

namespace ClaimDiff.Reports;

/// <summary>A report's totals in words: "1 article, 3 claims, 2 subjects, 1 discrepancy, 0 agreements".</summary>
internal static class Counts
{
    /// <summary>The number with its noun, singular for one.</summary>
    public static string Of(int count, string singular, string plural)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    public static string Articles(Report report) => Of(report.Articles.Count, "article", "articles");

    public static string Claims(Report report) => Of(report.Claims.Count, "claim", "claims");

    public static string Subjects(Report report) => Of(report.Subjects.Count, "subject", "subjects");

    public static string Discrepancies(Report report) => Of(report.Discrepancies.Count, "discrepancy", "discrepancies");

    public static string Agreements(Report report) => Of(report.Agreements.Count, "agreement", "agreements");
}
