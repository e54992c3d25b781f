using System.Globalization;
using System.Net;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff.Reports;

/// <summary>
/// Writes the report as one self-contained HTML page (inline CSS, no scripts or external assets): discrepancies side by
/// side with the conflicting words highlighted, agreements, a subjects × sources matrix, and the articles. Each side of
/// a discrepancy links back to its article where the report knows the article's path or URL, with a text fragment
/// (<c>#:~:text=</c>) that browsers which support it scroll to and highlight: the claim's own sentence.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
        h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
        th{background:#f4f4f4}.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;margin:.5em 0 1.5em}
        .side{border:1px solid #ddd;border-radius:6px;padding:.6em .8em}.source{font-weight:600}
        .discrepancy h3{color:#b00020;font-size:1.05em}mark.conflict{background:#ffb3b3;padding:0 .15em}
        .agree{background:#dff3e3}.conflicting{background:#ffd6d6}.mentions{background:#eef}.muted{color:#777}
        """;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Write(Report report, TextWriter writer)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        var subjects = report.Subjects.ToDictionary(s => s.Id);
        var links = ArticleLinks.Of(report);
        var provenances = ArticleLinks.Provenances(report);
        writer.WriteLine($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ClaimDiff report</title><style>{Style}</style></head><body>");
        writer.WriteLine("<h1>ClaimDiff report</h1>");
        writer.WriteLine($"<p>{Counts.Articles(report)}, {Counts.Claims(report)}, {Counts.Subjects(report)}, "
            + $"<strong>{Counts.Discrepancies(report)}</strong>, {Counts.Agreements(report)}.</p>");

        writer.WriteLine("<h2 id=\"discrepancies\">Discrepancies</h2>");
        if (report.Discrepancies.Count == 0)
            writer.WriteLine("<p class=\"muted\">None found.</p>");
        foreach (var d in report.Discrepancies)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<section class=\"discrepancy\" id=\"{d.Id}\"><h3>{E(d.Type.ToName())} conflict on “{E(subjects[d.SubjectId].Label)}” — confidence {d.Confidence:0.00}</h3>"));
            writer.WriteLine("<div class=\"pair\">");
            WriteSide(writer, d.ClaimA, d.Evidence.Select(e => e.First), links.GetValueOrDefault(d.ClaimA.ArticleId), provenances.GetValueOrDefault(d.ClaimA.ArticleId));
            WriteSide(writer, d.ClaimB, d.Evidence.Select(e => e.Second), links.GetValueOrDefault(d.ClaimB.ArticleId), provenances.GetValueOrDefault(d.ClaimB.ArticleId));
            writer.WriteLine("</div>");
            writer.WriteLine($"<p>{E(d.Explanation)}</p>");
            if (d.Repeats.Count > 0)
            {
                writer.WriteLine($"<details><summary>Repeated {d.Repeats.Count} more time{(d.Repeats.Count == 1 ? "" : "s")}</summary><ul>");
                foreach (var r in d.Repeats)
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<li>{E(r.ClaimA.Source)}: “{E(r.ClaimA.Content)}” / {E(r.ClaimB.Source)}: “{E(r.ClaimB.Content)}” ({r.Confidence:0.00})</li>"));
                writer.WriteLine("</ul></details>");
            }
            writer.WriteLine("</section>");
        }

        writer.WriteLine("<h2 id=\"agreements\">Agreements</h2>");
        if (report.Agreements.Count == 0)
            writer.WriteLine("<p class=\"muted\">None found.</p>");
        else
        {
            writer.WriteLine("<table><tr><th>sources</th><th>claim</th><th>corroborated by</th><th>confidence</th></tr>");
            foreach (var g in report.Agreements)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(g.ClaimA.Source)} + {E(g.ClaimB.Source)}</td><td>{E(g.ClaimA.Content)}</td><td>{E(g.ClaimB.Content)}</td><td>{g.Confidence:0.00}</td></tr>"));
            writer.WriteLine("</table>");
        }

        WriteMatrix(writer, report);

        writer.WriteLine("<h2 id=\"articles\">Articles</h2><table><tr><th>id</th><th>title</th><th>publisher</th><th>published</th><th>claims</th><th>error</th></tr>");
        foreach (var a in report.Articles)
            writer.WriteLine($"<tr id=\"{E(a.Id)}\"><td>{E(a.Id)}</td><td>{(links.TryGetValue(a.Id, out var link) ? $"<a href=\"{E(link)}\">{E(a.Title ?? a.Path!)}</a>" : E(a.Title ?? a.Path ?? ""))}</td><td>{E(a.Publisher ?? "")}</td><td>{E(ArticleLinks.Date(a) ?? "")}</td><td>{a.ClaimCount}</td><td>{E(a.Error ?? "")}</td></tr>");
        writer.WriteLine("</table></body></html>");
    }

    private static void WriteSide(TextWriter writer, Claim claim, IEnumerable<TextRange> highlights, string? articleLink, string? provenance)
    {
        var inArticle = articleLink is null ? "" : $" · <a href=\"{E(ArticleLinks.ToSentence(articleLink, claim))}\">in the article</a>";
        var published = provenance is null ? "" : $" ({E(provenance)})";
        writer.Write($"<div class=\"side\"><div class=\"source\">{E(claim.Source)}</div><div class=\"muted\">{E(claim.Cue ?? "asserted")} · {claim.Modality.ToString().ToLowerInvariant()} · <a href=\"#{E(claim.ArticleId)}\">{E(claim.ArticleId)}</a>{published}, characters {claim.Start}–{claim.End}{inArticle}</div><p>");
        var position = 0;
        foreach (var range in highlights.Where(r => r.Start >= 0 && r.End <= claim.Content.Length && r.Length > 0).OrderBy(r => r.Start))
        {
            if (range.Start < position)
                continue;
            writer.Write(E(claim.Content[position..range.Start]));
            writer.Write($"<mark class=\"conflict\">{E(claim.Content[range.Start..range.End])}</mark>");
            position = range.End;
        }
        writer.Write(E(claim.Content[position..]));
        writer.WriteLine("</p></div>");
    }

    /// <summary>Subjects × sources: a cell is red where the source is in a discrepancy on the subject, green where it agrees, blue where it only makes claims.</summary>
    private static void WriteMatrix(TextWriter writer, Report report)
    {
        var claims = report.Claims.ToDictionary(c => c.Id);
        var shared = report.Subjects.Where(s => s.ClaimIds.Select(id => claims[id].Source).Distinct().Count() > 1).ToList();
        if (shared.Count == 0)
            return;
        var sources = shared.SelectMany(s => s.ClaimIds.Select(id => claims[id].Source)).Distinct().Order(StringComparer.Ordinal).ToList();
        var conflicting = report.Discrepancies.SelectMany(d => new[] { (d.SubjectId, d.ClaimA.Source), (d.SubjectId, d.ClaimB.Source) }).ToHashSet();
        var agreeing = report.Agreements.SelectMany(g => new[] { (g.SubjectId, g.ClaimA.Source), (g.SubjectId, g.ClaimB.Source) }).ToHashSet();
        writer.WriteLine("<h2 id=\"matrix\">Subjects × sources</h2><table><tr><th>subject</th>");
        foreach (var source in sources)
            writer.Write($"<th>{E(source)}</th>");
        writer.WriteLine("</tr>");
        foreach (var subject in shared)
        {
            writer.Write($"<tr><td>{E(subject.Label)}</td>");
            foreach (var source in sources)
            {
                var count = subject.ClaimIds.Count(id => claims[id].Source == source);
                var css = conflicting.Contains((subject.Id, source)) ? "conflicting" : agreeing.Contains((subject.Id, source)) ? "agree" : count > 0 ? "mentions" : "";
                writer.Write(count == 0 ? "<td></td>" : $"<td class=\"{css}\">{count}</td>");
            }
            writer.WriteLine("</tr>");
        }
        writer.WriteLine("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
