using System.Globalization;
using System.Net;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff.Reports;

/// <summary>
/// Writes the report as one self-contained HTML page (inline CSS, no scripts or external assets): discrepancies side by
/// side with the conflicting words highlighted, then the story view (each fact with who says what), the agreements
/// ranked, and the articles; long lists are folded so that the page stays readable for a hundred articles. Each side of
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
        td,li{overflow-wrap:anywhere}.fact{margin:0 0 1em}.fact h3{font-size:1em;margin:.8em 0 .1em}.fact p{margin:0}
        .fact ul{margin:.3em 0;padding-left:0;list-style:none}.fact li{padding:.2em .5em;margin:.15em 0;border-radius:4px}
        .legend span{padding:.1em .5em;margin-right:.5em;border-radius:4px}summary{cursor:pointer;color:#345;margin:.5em 0}
        .contents ol{margin:.3em 0;padding-left:1.6em}.event{font-weight:600;border-top:2px solid #ccd;margin:1.2em 0 .2em;padding-top:.3em}
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
        var disagreements = Disagreements.Of(report);
        if (disagreements.Count > 1)
        {
            // Every disagreement is one click from the top, however long the page.
            writer.WriteLine("<nav class=\"contents\"><ol>");
            foreach (var group in disagreements)
                writer.WriteLine($"<li><a href=\"#{E(group[0].Id)}\">{E(group[0].Type.Name)} conflict on “{E(subjects[group[0].SubjectId].Label)}”</a>: {E(group[0].ClaimA.Source)} vs {E(group[0].ClaimB.Source)}</li>");
            writer.WriteLine("</ol></nav>");
        }
        if (report.Discrepancies.Count == 0)
            writer.WriteLine("<p class=\"muted\">None found.</p>");
        else if (disagreements.Count < report.Discrepancies.Count)
            writer.WriteLine($"<p class=\"muted\">{Counts.Discrepancies(report)} in {Counts.Of(disagreements.Count, "disagreement", "disagreements")}: pairs of claims on one fact that disagree in one way are one card.</p>");
        foreach (var group in disagreements)
        {
            var d = group[0];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<section class=\"discrepancy\" id=\"{d.Id}\"><h3>{E(d.Type.Name)} conflict on “{E(subjects[d.SubjectId].Label)}” — confidence {d.Confidence:0.00}</h3>"));
            writer.WriteLine("<div class=\"pair\">");
            WriteSide(writer, d.ClaimA, d.Evidence.Select(e => e.First), links.GetValueOrDefault(d.ClaimA.ArticleId), provenances.GetValueOrDefault(d.ClaimA.ArticleId));
            WriteSide(writer, d.ClaimB, d.Evidence.Select(e => e.Second), links.GetValueOrDefault(d.ClaimB.ArticleId), provenances.GetValueOrDefault(d.ClaimB.ArticleId));
            writer.WriteLine("</div>");
            writer.WriteLine($"<p>{E(d.Explanation)}</p>");
            var others = Disagreements.OtherPairs(group);
            if (others.Count > 0)
            {
                writer.WriteLine($"<details><summary>{Counts.Of(others.Count, "more pair", "more pairs")} of claims in this disagreement</summary><ul>");
                foreach (var r in others)
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<li>{E(r.ClaimA.Source)}: “{E(r.ClaimA.Content)}” / {E(r.ClaimB.Source)}: “{E(r.ClaimB.Content)}” ({r.Confidence:0.00})</li>"));
                writer.WriteLine("</ul></details>");
            }
            writer.WriteLine("</section>");
        }

        WriteFacts(writer, report, provenances);
        WriteAgreements(writer, report);

        var fold = report.Articles.Count > FoldArticlesOver;
        writer.WriteLine($"<h2 id=\"articles\">Articles</h2>{(fold ? $"<details><summary>{E(Counts.Articles(report))}</summary>" : "")}<table><tr><th>id</th><th>title</th><th>publisher</th><th>published</th><th>claims</th><th>error</th></tr>");
        foreach (var a in report.Articles)
            writer.WriteLine($"<tr id=\"{E(a.Id)}\"><td>{E(a.Id)}</td><td>{(links.TryGetValue(a.Id, out var link) ? $"<a href=\"{E(link)}\">{E(a.Title ?? a.Path!)}</a>" : E(a.Title ?? a.Path ?? ""))}</td><td>{E(a.Publisher ?? "")}</td><td>{E(ArticleLinks.Date(a) ?? "")}</td><td>{a.ClaimCount}</td><td>{E(a.Error ?? "")}</td></tr>");
        writer.WriteLine($"</table>{(fold ? "</details>" : "")}</body></html>");
    }

    /// <summary>How many facts are shown open; the rest are behind a fold.</summary>
    internal const int OpenFacts = 12;

    /// <summary>How many agreements are shown open, the strongest first; the rest are behind a fold.</summary>
    internal const int OpenAgreements = 10;

    /// <summary>How many parties of one fact are shown open; the rest are behind a fold.</summary>
    private const int OpenParties = 5;

    /// <summary>How many claims of one party on one fact are listed; the rest are counted.</summary>
    private const int ClaimsPerParty = 3;

    /// <summary>How many facts with a single source are listed (behind a fold); the rest are counted, and are in the JSON report.</summary>
    private const int ListedSingleSourceFacts = 300;

    /// <summary>Over this many articles, the articles table is behind a fold.</summary>
    private const int FoldArticlesOver = 12;

    /// <summary>
    /// The story view: each fact (subject) that more than one source speaks to, with who says what, the parties in a
    /// discrepancy marked red and those that corroborate one another green. Facts in dispute come first, then
    /// corroborated ones, then those with the most sources; facts with one source are listed behind a fold.
    /// </summary>
    private static void WriteFacts(TextWriter writer, Report report, Dictionary<string, string> provenances)
    {
        var claims = report.Claims.ToDictionary(c => c.Id);
        var conflicting = report.Discrepancies.SelectMany(d => new[] { (d.SubjectId, Party(d.ClaimA)), (d.SubjectId, Party(d.ClaimB)) }).ToHashSet();
        var agreeing = report.Agreements.SelectMany(g => new[] { (g.SubjectId, Party(g.ClaimA)), (g.SubjectId, Party(g.ClaimB)) }).ToHashSet();
        var facts = report.Subjects
            .Select(s => (Subject: s, Parties: s.ClaimIds.Select(id => claims[id]).GroupBy(Party, StringComparer.Ordinal).ToList()))
            .ToList();
        var shared = facts.Where(f => f.Parties.Count > 1)
            .OrderByDescending(f => f.Parties.Any(p => conflicting.Contains((f.Subject.Id, p.Key))))
            .ThenByDescending(f => f.Parties.Any(p => agreeing.Contains((f.Subject.Id, p.Key))))
            .ThenByDescending(f => f.Parties.Count)
            .ThenByDescending(f => f.Subject.ClaimIds.Count)
            .ToList();
        // Under fact subjects, the facts of one event (story) stay together, the events in the order of their first fact.
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in shared)
            if (f.Subject.Event is { } e)
                rank.TryAdd(e, rank.Count);
        shared = [.. shared.Select((f, i) => (f, i)).OrderBy(x => x.f.Subject.Event is { } e ? rank[e] : -1).ThenBy(x => x.i).Select(x => x.f)];
        var eventArticles = report.Subjects.Where(s => s.Event is not null).GroupBy(s => s.Event!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.ClaimIds).Select(id => claims[id].ArticleId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        string? current = null;
        var single = facts.Where(f => f.Parties.Count == 1).ToList();
        writer.WriteLine("<h2 id=\"facts\">Facts and who says what</h2>");
        writer.WriteLine("<p class=\"legend\"><span class=\"conflicting\">in a discrepancy</span> <span class=\"agree\">corroborated</span> <span class=\"mentions\">reported</span></p>");
        if (shared.Count == 0)
            writer.WriteLine("<p class=\"muted\">No fact is reported by more than one source.</p>");
        for (var i = 0; i < shared.Count; i++)
        {
            if (i == OpenFacts)
                writer.WriteLine($"<details><summary>{shared.Count - OpenFacts} more {(shared.Count - OpenFacts == 1 ? "fact" : "facts")} with several sources</summary>");
            var (subject, parties) = shared[i];
            if (subject.Event is { } ev && (ev != current || i == OpenFacts))
                writer.WriteLine($"<p class=\"event\">Event {E(ev)} · {Counts.Of(eventArticles[ev], "article", "articles")}</p>");
            current = subject.Event;
            writer.WriteLine($"<section class=\"fact\" id=\"{E(subject.Id)}\"><h3>{E(subject.Label)}</h3><p class=\"muted\">{Counts.Of(parties.Count, "source", "sources")} · {Counts.Of(subject.ClaimIds.Count, "claim", "claims")}</p><ul>");
            // Parties in dispute or in agreement first; past the first few, the rest are behind a fold.
            var ordered = parties.OrderByDescending(p => conflicting.Contains((subject.Id, p.Key))).ThenByDescending(p => agreeing.Contains((subject.Id, p.Key))).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                if (k == OpenParties && ordered.Count > OpenParties + 1)
                    writer.WriteLine($"</ul><details><summary>{ordered.Count - OpenParties} more sources</summary><ul>");
                var party = ordered[k];
                var css = conflicting.Contains((subject.Id, party.Key)) ? "conflicting" : agreeing.Contains((subject.Id, party.Key)) ? "agree" : "mentions";
                var said = party.Take(ClaimsPerParty).Select(c => $"“{E(c.Content)}” <span class=\"muted\">({E(c.ArticleId)}{(provenances.TryGetValue(c.ArticleId, out var p) ? ", " + E(p) : "")})</span>");
                var more = party.Count() > ClaimsPerParty ? $" <span class=\"muted\">and {party.Count() - ClaimsPerParty} more</span>" : "";
                writer.WriteLine($"<li class=\"{css}\"><span class=\"source\">{E(party.First().Source)}</span>: {string.Join("; ", said)}{more}</li>");
            }
            writer.WriteLine(ordered.Count > OpenParties + 1 ? "</ul></details></section>" : "</ul></section>");
        }
        if (shared.Count > OpenFacts)
            writer.WriteLine("</details>");
        if (single.Count == 0)
            return;
        writer.WriteLine($"<details><summary>{single.Count} {(single.Count == 1 ? "fact" : "facts")} with one source</summary><ul>");
        foreach (var (subject, parties) in single.Take(ListedSingleSourceFacts))
            writer.WriteLine($"<li id=\"{E(subject.Id)}\"><strong>{E(subject.Label)}</strong>: {E(parties[0].First().Source)}, “{E(parties[0].First().Content)}”{(subject.ClaimIds.Count > 1 ? $" <span class=\"muted\">and {subject.ClaimIds.Count - 1} more</span>" : "")}</li>");
        if (single.Count > ListedSingleSourceFacts)
            writer.WriteLine($"<li class=\"muted\">and {single.Count - ListedSingleSourceFacts} more (every one is in the JSON report)</li>");
        writer.WriteLine("</ul></details>");
    }

    /// <summary>Agreements, the strongest first: the first <see cref="OpenAgreements"/> open, the rest behind a fold.</summary>
    private static void WriteAgreements(TextWriter writer, Report report)
    {
        writer.WriteLine("<h2 id=\"agreements\">Agreements</h2>");
        if (report.Agreements.Count == 0)
        {
            writer.WriteLine("<p class=\"muted\">None found.</p>");
            return;
        }
        var ranked = report.Agreements.OrderByDescending(g => g.Confidence).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        WriteAgreementRows(writer, ranked.Take(OpenAgreements));
        if (ranked.Count > OpenAgreements)
        {
            writer.WriteLine($"<details><summary>{Counts.Of(ranked.Count - OpenAgreements, "more agreement", "more agreements")}</summary>");
            WriteAgreementRows(writer, ranked.Skip(OpenAgreements));
            writer.WriteLine("</details>");
        }
    }

    private static void WriteAgreementRows(TextWriter writer, IEnumerable<Agreement> agreements)
    {
        writer.WriteLine("<table><tr><th>sources</th><th>claim</th><th>corroborated by</th><th>confidence</th></tr>");
        foreach (var g in agreements)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(g.ClaimA.Source)} + {E(g.ClaimB.Source)}</td><td>{E(g.ClaimA.Content)}</td><td>{E(g.ClaimB.Content)}</td><td>{g.Confidence:0.00}</td></tr>"));
        writer.WriteLine("</table>");
    }

    /// <summary>The party a claim's source names, for grouping: "Reports" and "reports" are one.</summary>
    private static string Party(Claim claim) => claim.Source.Trim().ToLowerInvariant();

    private static void WriteSide(TextWriter writer, Claim claim, IEnumerable<TextRange> highlights, string? articleLink, string? provenance)
    {
        var inArticle = articleLink is null ? "" : $" · <a href=\"{E(ArticleLinks.ToSentence(articleLink, claim))}\">in the article</a>";
        var published = provenance is null ? "" : $" ({E(provenance)})";
        writer.Write($"<div class=\"side\"><div class=\"source\">{E(claim.Source)}</div><div class=\"muted\">{E(claim.Cue ?? "asserted")} · {claim.Modality.ToString().ToLowerInvariant()} · <a href=\"#{E(claim.ArticleId)}\">{E(claim.ArticleId)}</a>{published}, characters {claim.Start}–{claim.End}{inArticle}</div><p>");
        var position = 0;
        // A span that is the whole claim (the affirmed side of a negation with no matching word) marks nothing out.
        foreach (var range in highlights.Where(r => r.Start >= 0 && r.End <= claim.Content.Length && r.Length > 0 && r.Length < claim.Content.Trim().Length).OrderBy(r => r.Start))
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

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
