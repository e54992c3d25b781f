using System.Text;
using System.Globalization;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff.Reports;

/// <summary>Writes the report as Markdown: discrepancies first (who says what, why they conflict), then agreements, subjects and articles.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Write(Report report, TextWriter writer)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        var subjects = report.Subjects.ToDictionary(s => s.Id);
        var links = ArticleLinks.Of(report);
        var provenances = ArticleLinks.Provenances(report);
        // The article id, linked to the claim's sentence in the article when its address is known, with its outlet and date.
        string Where(Claims.Claim c)
        {
            var id = links.TryGetValue(c.ArticleId, out var link) ? $"[{c.ArticleId}](<{ArticleLinks.ToSentence(link, c)}>)" : c.ArticleId;
            return provenances.TryGetValue(c.ArticleId, out var provenance) ? $"{id}, {Escape(provenance)}" : id;
        }
        writer.WriteLine("# ClaimDiff report");
        writer.WriteLine();
        writer.WriteLine($"{Counts.Articles(report)}, {Counts.Claims(report)}, {Counts.Subjects(report)}, "
            + $"{Counts.Discrepancies(report)}, {Counts.Agreements(report)}.");
        writer.WriteLine();

        writer.WriteLine("## Discrepancies");
        writer.WriteLine();
        if (report.Discrepancies.Count == 0)
            writer.WriteLine("None found.");
        var disagreements = Disagreements.Of(report);
        if (disagreements.Count < report.Discrepancies.Count)
        {
            writer.WriteLine($"{Counts.Discrepancies(report)} in {Counts.Of(disagreements.Count, "disagreement", "disagreements")}: pairs of claims on one fact that disagree in one way are listed under one heading.");
            writer.WriteLine();
        }
        foreach (var group in disagreements)
        {
            var d = group[0];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {d.Id}: {d.Type.Name} conflict on \"{Escape(subjects[d.SubjectId].Label)}\" (confidence {d.Confidence:0.00})"));
            writer.WriteLine();
            writer.WriteLine($"* **{Escape(d.ClaimA.Source)}** ({d.ClaimA.Cue ?? "asserts"}, {Where(d.ClaimA)}): {Escape(d.ClaimA.Content)}");
            writer.WriteLine($"* **{Escape(d.ClaimB.Source)}** ({d.ClaimB.Cue ?? "asserts"}, {Where(d.ClaimB)}): {Escape(d.ClaimB.Content)}");
            foreach (var e in d.Evidence)
                writer.WriteLine($"* Why: {Escape(e.Description)}");
            foreach (var r in Disagreements.OtherPairs(group))
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"* Also ({r.Confidence:0.00}): {Escape(r.ClaimA.Source)} ({Where(r.ClaimA)}): {Escape(r.ClaimA.Content)} / {Escape(r.ClaimB.Source)} ({Where(r.ClaimB)}): {Escape(r.ClaimB.Content)}"));
            writer.WriteLine();
        }

        writer.WriteLine("## Agreements");
        writer.WriteLine();
        if (report.Agreements.Count == 0)
            writer.WriteLine("None found.");
        foreach (var g in report.Agreements.OrderByDescending(g => g.Confidence).ThenBy(g => g.Id, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"* {Escape(g.ClaimA.Source)} and {Escape(g.ClaimB.Source)} agree (confidence {g.Confidence:0.00}): {Escape(g.ClaimA.Content)} / {Escape(g.ClaimB.Content)}"));
        writer.WriteLine();

        writer.WriteLine("## Subjects");
        writer.WriteLine();
        writer.WriteLine("| id | label | claims | sources |");
        writer.WriteLine("| --- | --- | --- | --- |");
        var claims = report.Claims.ToDictionary(c => c.Id);
        foreach (var s in report.Subjects.Where(s => s.ClaimIds.Count > 1))
            writer.WriteLine($"| {s.Id} | {Escape(s.Label)} | {s.ClaimIds.Count} | {Escape(string.Join(", ", s.ClaimIds.Select(id => claims[id].Source).Distinct(StringComparer.OrdinalIgnoreCase)))} |");
        writer.WriteLine();

        writer.WriteLine("## Articles");
        writer.WriteLine();
        writer.WriteLine("| id | title | publisher | published | claims | error |");
        writer.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var a in report.Articles)
            writer.WriteLine($"| {a.Id} | {Escape(a.Title ?? a.Path ?? "")} | {Escape(a.Publisher ?? "")} | {ArticleLinks.Date(a) ?? ""} | {a.ClaimCount} | {Escape(a.Error ?? "")} |");
    }

    /// <summary>
    /// Text from articles as literal Markdown: every character that could start emphasis, code, a link, an image, raw HTML
    /// or an entity is escaped, and line breaks become spaces, so no article can inject markup or a link.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '&') escaped.Append("&amp;");
            else if (c is '\r' or '\n') escaped.Append(' ');
            else
            {
                if (MarkdownSyntax.Contains(c)) escaped.Append('\\');
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    private const string MarkdownSyntax = "\\`*_[]()<>!|~";
}
