using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Reports;

/// <summary>The HTML report's story view: facts with who says what, parties merged, long lists folded.</summary>
public class StoryViewTests
{
    /// <summary>
    /// A report the size of a hundred-article story: 100 articles from 25 outlets, 60 facts with three sources each, 200
    /// facts with one, one discrepancy, and 150 agreements of rising confidence.
    /// </summary>
    internal static Report LargeReport()
    {
        var articles = Enumerable.Range(1, 100).Select(i => new ArticleSummary($"a{i}", $"https://news{i % 25}.example/story/{i}",
            $"Story {i}", $"Outlet {i % 25}", new DateTimeOffset(2026, 3, 1 + i % 28, 8, 0, 0, TimeSpan.Zero), 10, null)).ToList();
        var claims = new List<Claim>();
        var subjects = new List<Subject>();
        Claim Add(string article, string source, string content)
        {
            var claim = new Claim
            {
                Id = $"c{claims.Count + 1}", ArticleId = article, Text = $"{content}, {source} said.", Content = content, Source = source,
                SourceKind = SourceKind.Organization, Cue = "said", Modality = Modality.Reported, Start = 0, End = content.Length,
            };
            claims.Add(claim);
            return claim;
        }
        for (var f = 0; f < 60; f++)
        {
            // "Reports" and "reports" are one party, as are the two spellings of the agency below.
            var ids = new[]
            {
                Add($"a{f + 1}", "Port Authority", $"The toll on fact {f} stood at {f + 10}"),
                Add($"a{f + 2}", f % 2 == 0 ? "Reports" : "reports", $"Fact {f} was put at {f + 11} by early reports"),
                Add($"a{f + 3}", "Coast Guard", $"The count for fact {f} is {f + 10}"),
            }.Select(c => c.Id).ToList();
            subjects.Add(new Subject { Id = $"s{subjects.Count + 1}", Label = $"fact {f}", Keywords = [], ClaimIds = ids, RepresentativeClaimId = ids[0] });
        }
        for (var f = 0; f < 200; f++)
        {
            var id = Add($"a{f % 100 + 1}", $"Witness {f}", $"A lone detail number {f} was seen near the harbour").Id;
            subjects.Add(new Subject { Id = $"s{subjects.Count + 1}", Label = $"detail {f}", Keywords = [], ClaimIds = [id], RepresentativeClaimId = id });
        }
        var byId = claims.ToDictionary(c => c.Id);
        var disputed = subjects[59];
        var discrepancy = new Discrepancy
        {
            Id = "d1", SubjectId = disputed.Id, ClaimA = byId[disputed.ClaimIds[0]], ClaimB = byId[disputed.ClaimIds[1]], Type = DiscrepancyType.Numeric,
            Confidence = 0.9f, Explanation = "the numbers differ",
        };
        var agreements = Enumerable.Range(0, 150).Select(i => new Agreement
        {
            Id = $"g{i + 1}", SubjectId = subjects[i % 60].Id, ClaimA = byId[subjects[i % 60].ClaimIds[0]], ClaimB = byId[subjects[i % 60].ClaimIds[2]],
            Confidence = (float)(0.5 + i / 400.0),
        }).ToList();
        return new Report(articles, claims, subjects, [discrepancy], agreements);
    }

    /// <summary>A claim of article a1 whose content is its whole sentence.</summary>
    private static Claim C(string id, string source, string content) => new()
    {
        Id = id, ArticleId = "a1", Text = content, Content = content, Source = source, SourceKind = SourceKind.Organization, Start = 0, End = content.Length,
    };

    private static string Html(Report report)
    {
        var output = new StringWriter();
        new HtmlReportWriter().Write(report, output);
        return output.ToString();
    }

    [Test]
    public void Lists_each_fact_with_who_says_what_and_marks_the_parties_in_dispute()
    {
        var html = Html(ReportWriterTests.SampleReport());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<section class=\"fact\" id=\"s1\"><h3>export curbs</h3><p class=\"muted\">2 sources · 2 claims</p>"));
            Assert.That(html, Does.Contain("<li class=\"conflicting\"><span class=\"source\">Ministry of Commerce</span>: “curbs apply only to &lt;military&gt; users” <span class=\"muted\">(a1, Wire, 6 Jan 2026)</span></li>"));
            Assert.That(html, Does.Contain("<p class=\"legend\">"));
        });
    }

    [Test]
    public void A_hundred_article_report_puts_the_disputed_fact_first_and_folds_the_rest()
    {
        var html = Html(LargeReport());
        var facts = html.IndexOf("id=\"facts\"", StringComparison.Ordinal);
        var foldedFacts = html.IndexOf("<summary>48 more facts with several sources</summary>", StringComparison.Ordinal);
        var foldedAgreements = html.IndexOf("<summary>140 more agreements</summary>", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(html.IndexOf("<h3>fact 59</h3>", StringComparison.Ordinal), Is.GreaterThan(facts).And.LessThan(html.IndexOf("<h3>fact 0</h3>", StringComparison.Ordinal)),
                "the fact in dispute comes first");
            Assert.That(foldedFacts, Is.GreaterThan(facts), "facts after the first 12 are folded");
            Assert.That(html, Does.Contain("<summary>200 facts with one source</summary>"));
            Assert.That(html, Does.Contain("<p class=\"muted\">3 sources · 3 claims</p>"), "Reports and reports are one party, beside two others");
            Assert.That(html, Does.Not.Contain("<p class=\"muted\">4 sources"));
            Assert.That(foldedAgreements, Is.GreaterThan(0));
            var strongest = html.IndexOf("<td>0.87</td>", StringComparison.Ordinal);
            Assert.That(strongest, Is.GreaterThan(0).And.LessThan(foldedAgreements), "the strongest agreement is shown open");
            Assert.That(html.IndexOf("<td>0.50</td>", StringComparison.Ordinal), Is.GreaterThan(foldedAgreements), "the weakest is behind the fold");
            Assert.That(html, Does.Contain("<details><summary>100 articles</summary>"));
        });
    }

    [Test]
    public void Discrepancies_of_one_kind_on_one_fact_that_share_a_claim_are_one_card()
    {
        var (narrow, broad, wider, figure) = (C("c1", "Ministry", "the ban covers only military users"), C("c2", "The Journal", "exports are broadly restricted"),
            C("c3", "Reports", "broader restrictions on exports"), C("c4", "Analysts", "the ban covers 40 firms"));
        Discrepancy D(string id, Claim a, Claim b, DiscrepancyType type) => new()
        {
            Id = id, SubjectId = "s1", ClaimA = a, ClaimB = b, Type = type, Confidence = 0.8f, Explanation = id,
        };
        var report = new Report([new ArticleSummary("a1", null, "One", null, null, 4, null)], [narrow, broad, wider, figure],
            [new Subject { Id = "s1", Label = "ban scope", Keywords = [], ClaimIds = ["c1", "c2", "c3", "c4"], RepresentativeClaimId = "c1" }],
            [D("d1", narrow, broad, DiscrepancyType.Scope), D("d2", wider, narrow, DiscrepancyType.Scope), D("d3", narrow, figure, DiscrepancyType.Numeric)], []);
        var html = Html(report);
        var markdown = new StringWriter();
        new MarkdownReportWriter().Write(report, markdown);
        Assert.Multiple(() =>
        {
            Assert.That(html.Split("<section class=\"discrepancy\"").Length - 1, Is.EqualTo(2), "the two scope conflicts are one card, the numeric one another");
            Assert.That(html, Does.Contain("3 discrepancies in 2 disagreements"));
            Assert.That(html, Does.Contain("<summary>1 more pair of claims in this disagreement</summary><ul>\n<li>Reports: “broader restrictions on exports” / Ministry"));
            Assert.That(markdown.ToString().Split("\n### ").Length - 1, Is.EqualTo(2));
            Assert.That(markdown.ToString(), Does.Contain("* Also (0.80): Reports (a1): broader restrictions on exports"));
        });
    }

    [Test]
    public void A_span_that_is_the_whole_claim_is_not_highlighted()
    {
        var (negated, plain) = (C("c1", "c1", "civilian users will not be affected"), C("c2", "c2", "broader restrictions on exports"));
        var evidence = new ConflictEvidence(DiscrepancyType.Negation, new TextRange(20, 35), new TextRange(0, plain.Content.Length), "negation");
        var report = new Report([new ArticleSummary("a1", null, "One", null, null, 2, null)], [negated, plain],
            [new Subject { Id = "s1", Label = "scope", Keywords = [], ClaimIds = ["c1", "c2"], RepresentativeClaimId = "c1" }],
            [new Discrepancy { Id = "d1", SubjectId = "s1", ClaimA = negated, ClaimB = plain, Type = DiscrepancyType.Negation, Confidence = 0.9f, Explanation = "x", Evidence = [evidence] }], []);
        var html = Html(report);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<mark class=\"conflict\">not be affected</mark>"));
            Assert.That(html, Does.Contain("<p>broader restrictions on exports</p>"));
        });
    }

    [Test]
    public void Markdown_ranks_agreements_strongest_first_and_merges_parties()
    {
        var markdown = new StringWriter();
        new MarkdownReportWriter().Write(LargeReport(), markdown);
        var lines = markdown.ToString().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.First(l => l.Contains(" agree (confidence ", StringComparison.Ordinal)), Does.Contain("(confidence 0.87)"));
            Assert.That(lines.First(l => l.StartsWith("| s1 |", StringComparison.Ordinal)), Does.EndWith("| Port Authority, Reports, Coast Guard |"));
        });
    }

    [Test]
    public void Under_fact_subjects_the_facts_of_one_event_stay_together_the_disputed_event_first()
    {
        var large = LargeReport();
        // Even subjects belong to one event, odd ones to another; the disputed fact (s60) is odd.
        var subjects = large.Subjects.Select((s, i) => s with { Event = i % 2 == 0 ? "e1" : "e2" }).ToList();
        var html = Html(new Report(large.Articles, large.Claims, subjects, large.Discrepancies, large.Agreements));
        var first = html.IndexOf("<p class=\"event\">Event e2 · ", StringComparison.Ordinal);
        var second = html.IndexOf("<p class=\"event\">Event e1 · ", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.GreaterThan(0).And.LessThan(second), "the event with the dispute comes first");
            Assert.That(html.IndexOf("<h3>fact 59</h3>", StringComparison.Ordinal), Is.GreaterThan(first).And.LessThan(second));
            Assert.That(html[second..], Does.Not.Contain("Event e2"), "each event's facts are together");
            Assert.That(html[(first + 10)..second], Does.Contain("Event e2 · "), "the event is named again inside the fold");
        });
    }

    [Test]
    public void Every_claim_of_a_hundred_article_report_is_in_its_page()
    {
        var report = LargeReport();
        var html = Html(report);
        var missing = report.Claims.Where(c => !html.Contains(c.Content, StringComparison.Ordinal)).Select(c => c.Id).ToList();
        Assert.That(missing, Is.Empty, string.Create(CultureInfo.InvariantCulture, $"{missing.Count} claims are not in the page"));
    }
}
