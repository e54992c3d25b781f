using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Tests.Reports;

public class ReportWriterTests
{
    internal static Report SampleReport(string? secondUrl = null)
    {
        var a = new Claim
        {
            Id = "c1", ArticleId = "a1", Text = "The ministry said curbs apply only to <military> users.", Content = "curbs apply only to <military> users",
            Source = "Ministry of Commerce", SourceKind = SourceKind.Organization, Cue = "said", Modality = Modality.Reported, Start = 0, End = 55,
        };
        var b = new Claim
        {
            Id = "c2", ArticleId = "a2", Text = "Exports are broadly restricted, the Journal reported.", Content = "Exports are broadly restricted",
            Source = "The Journal", SourceKind = SourceKind.Outlet, Cue = "reported", Modality = Modality.Reported, Start = 10, End = 63,
        };
        var evidence = new ConflictEvidence(DiscrepancyType.Scope, new TextRange(12, 16), new TextRange(12, 19), "\"only\" vs \"broadly\"");
        return new Report(
            [new ArticleSummary("a1", "one.txt", "One", "Wire", new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero), 1, null),
             new ArticleSummary("a2", "two.html", "Two", "Ledger", null, 1, null, secondUrl),
             new ArticleSummary("a3", "bad.bin", null, null, null, 0, "the file holds binary data, not text")],
            [a, b],
            [new Subject { Id = "s1", Label = "export curbs", Keywords = ["curbs", "exports"], ClaimIds = ["c1", "c2"], RepresentativeClaimId = "c1" }],
            [new Discrepancy
            {
                Id = "d1", SubjectId = "s1", ClaimA = a, ClaimB = b, Type = DiscrepancyType.Scope, Confidence = 0.8123456f, Explanation = "scope differs", Evidence = [evidence],
                Repeats = [new Discrepancy { Id = "", SubjectId = "s1", ClaimA = b, ClaimB = a, Type = DiscrepancyType.Scope, Confidence = 0.61f, Explanation = "scope differs again" }],
            }],
            [new Agreement { Id = "g1", SubjectId = "s1", ClaimA = a, ClaimB = b, Confidence = 0.5f }]);
    }

    private static string Write(IReportWriter writer, string? secondUrl = null)
    {
        var output = new StringWriter();
        writer.Write(SampleReport(secondUrl), output);
        return output.ToString();
    }

    [Test]
    public void Json_follows_the_documented_camel_case_schema()
    {
        var json = JsonConvert.DeserializeObject<JObject>(Write(new JsonReportWriter()), new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[] { "articles", "claims", "subjects", "discrepancies", "agreements" }));
            Assert.That(((JObject)json["articles"]![0]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "id", "path", "title", "publisher", "published", "url", "claimCount", "error" }));
            Assert.That((string?)json["articles"]![0]!["published"], Is.EqualTo("2026-01-06T09:00:00+00:00"));
            Assert.That((string?)json["articles"]![2]!["error"], Does.Contain("binary"));
            foreach (var field in new[] { "id", "articleId", "text", "source", "cue", "modality", "polarity", "subjectId", "start", "end" })
                Assert.That(((JObject)json["claims"]![0]!).ContainsKey(field), Is.True, field);
            Assert.That((string?)json["claims"]![1]!["subjectId"], Is.EqualTo("s1"));
            Assert.That((string?)json["claims"]![0]!["modality"], Is.EqualTo("reported"));
            Assert.That((string?)json["discrepancies"]![0]!["type"], Is.EqualTo("scope"));
            Assert.That((string?)json["discrepancies"]![0]!["claimB"], Is.EqualTo("c2"));
            Assert.That((double)json["discrepancies"]![0]!["confidence"]!, Is.EqualTo(0.8123));
            Assert.That(json["discrepancies"]![0]!["repeats"]!.ToString(Formatting.None), Is.EqualTo("""[{"claimA":"c2","claimB":"c1","confidence":0.61}]"""));
            Assert.That((string?)json["agreements"]![0]!["claimA"], Is.EqualTo("c1"));
            Assert.That(json["subjects"]![0]!["claimIds"]!.Values<string>(), Is.EqualTo(new[] { "c1", "c2" }));
        });
    }

    [TestCase("md")]
    [TestCase("html")]
    [TestCase("json")]
    public void Writes_numbers_the_same_whatever_the_current_culture(string format)
    {
        IReportWriter writer = format switch { "md" => new MarkdownReportWriter(), "html" => new HtmlReportWriter(), _ => new JsonReportWriter() };
        var invariant = Write(writer);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.That(Write(writer), Is.EqualTo(invariant));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
        Assert.That(invariant, Does.Contain(format == "json" ? "0.8123" : "0.81"));
    }

    [Test]
    public void Markdown_passes_no_html_or_link_from_an_article_through()
    {
        var report = SampleReport();
        var hostile = report.Claims[0] with { Content = "curbs <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) &lt; `code` _x_" };
        var injected = new Report(report.Articles, [hostile, report.Claims[1]], report.Subjects,
            [report.Discrepancies[0] with { ClaimA = hostile }], report.Agreements);
        var output = new StringWriter();

        new MarkdownReportWriter().Write(injected, output);

        var markdown = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Not.Match(@"(?<!\\)<(script|img)").And.Not.Match(@"(?<!\\)\]\(javascript:").And.Not.Contain(" &lt;"));
            Assert.That(markdown, Does.Contain("\\<script\\>alert\\(1\\)").And.Contain("\\[click\\]\\(javascript:alert\\(3\\)\\)").And.Contain("&amp;lt;"));
            Assert.That(markdown, Does.Contain("**Ministry of Commerce** (said, [a1](<"), "the writer's own links stay links");
        });
    }

    [Test]
    public void Json_is_byte_identical_for_the_same_report()
    {
        var first = Write(new JsonReportWriter());
        Assert.That(Write(new JsonReportWriter()), Is.EqualTo(first));
    }

    [Test]
    public void Markdown_says_who_says_what_and_why_they_conflict()
    {
        var markdown = Write(new MarkdownReportWriter());
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("### d1: scope conflict on \"export curbs\" (confidence 0.81)"));
            Assert.That(markdown, Does.Contain("**Ministry of Commerce** (said, [a1]("));
            Assert.That(markdown, Does.Contain("**The Journal** (reported, [a2]("));
            Assert.That(markdown, Does.Contain("the file holds binary data"));
            Assert.That(markdown, Does.Contain("* Also (0.61): The Journal ([a2]("));
            Assert.That(markdown, Does.Contain("3 articles, 2 claims, 1 subject, 1 discrepancy, 1 agreement."));
        });
    }

    [Test]
    public void Html_is_self_contained_escapes_text_and_highlights_the_conflicting_words()
    {
        var html = Write(new HtmlReportWriter());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("src=").And.Not.Contain("<link"));
            Assert.That(html, Does.Contain("&lt;military&gt;"));
            Assert.That(html, Does.Contain("<mark class=\"conflict\">only</mark>"));
            Assert.That(html, Does.Contain("<mark class=\"conflict\">broadly</mark>"));
            Assert.That(html, Does.Contain("<summary>1 more pair of claims in this disagreement</summary>"));
            Assert.That(html, Does.Contain("1 subject, <strong>1 discrepancy</strong>, 1 agreement."));
            Assert.That(html, Does.Contain("class=\"conflicting\""));
        });
    }

    [Test]
    public void Html_links_each_side_of_a_discrepancy_to_its_sentence_in_the_article()
    {
        var html = Write(new HtmlReportWriter());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<a href=\"one.txt#:~:text=The%20ministry%20said%20curbs%20apply%20only%20to%20%3Cmilitary%3E\">in the article</a>"));
            Assert.That(html, Does.Contain("<a href=\"two.html#:~:text=Exports%20are%20broadly%20restricted%2C%20the%20Journal%20reported.\">in the article</a>"));
            Assert.That(html, Does.Contain("<a href=\"two.html\">Two</a>"), "the article's title links to it");
            Assert.That(html, Does.Contain("<a href=\"bad.bin\">bad.bin</a>"), "an article that could not be read links to its file");
        });
    }

    [Test]
    public void Markdown_links_each_side_of_a_discrepancy_to_its_sentence_in_the_article()
        => Assert.That(Write(new MarkdownReportWriter()), Does.Contain("(reported, [a2](<two.html#:~:text=Exports%20are%20broadly%20restricted%2C%20the%20Journal%20reported.>), Ledger)"));

    [Test]
    public void Each_side_names_its_outlet_and_date()
    {
        var markdown = Write(new MarkdownReportWriter());
        var html = Write(new HtmlReportWriter());
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("**Ministry of Commerce** (said, [a1](<one.txt#:~:text=The%20ministry%20said%20curbs%20apply%20only%20to%20%3Cmilitary%3E>), Wire, 6 Jan 2026)"));
            Assert.That(markdown, Does.Contain("| a1 | One | Wire | 6 Jan 2026 | 1 |"));
            Assert.That(html, Does.Contain("<a href=\"#a1\">a1</a> (Wire, 6 Jan 2026), characters 0–55"));
            Assert.That(html, Does.Contain("<td>Wire</td><td>6 Jan 2026</td>"));
        });
    }

    [Test]
    public void A_pages_own_url_is_linked_instead_of_its_file()
    {
        const string url = "https://ledger.example/2026/exports";
        var markdown = Write(new MarkdownReportWriter(), url);
        var html = Write(new HtmlReportWriter(), url);
        var json = JObject.Parse(Write(new JsonReportWriter(), url));
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain($"[a2](<{url}#:~:text=Exports%20are%20broadly"));
            Assert.That(html, Does.Contain($"<a href=\"{url}\">Two</a>"));
            Assert.That(html, Does.Not.Contain("two.html"));
            Assert.That((string?)json["articles"]![1]!["url"], Is.EqualTo(url));
            Assert.That((string?)json["articles"]![1]!["path"], Is.EqualTo("two.html"));
        });
    }

    [TestCase("https://news.example/a/1.html", "https://news.example/a/1.html")]
    [TestCase("/data/news/one story.html", "file:///data/news/one%20story.html")]
    [TestCase("news/one story.html", "news/one%20story.html")]
    [TestCase("", null)]
    public void Links_an_article_by_its_url_or_path(string path, string? expected)
        => Assert.That(ArticleLinks.Link(path), Is.EqualTo(expected));

    [Test]
    public void Text_fragments_escape_what_the_syntax_reserves()
        => Assert.That(ArticleLinks.TextFragment("Rare-earth curbs, officials said & more"), Is.EqualTo("#:~:text=Rare%2Dearth%20curbs%2C%20officials%20said%20%26%20more"));
}
