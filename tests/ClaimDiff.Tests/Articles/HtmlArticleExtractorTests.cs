using ClaimDiff.Articles;

namespace ClaimDiff.Tests.Articles;

public class HtmlArticleExtractorTests
{
    private const string Body = """
        <p>The ministry said on Tuesday that the export ban applies only to military end users, and that civilian buyers would not be affected.</p>
        <p>Industry groups said they had received letters suggesting a much broader scope, covering magnets and other components used in cars.</p>
        <p>Officials declined to say how many licences had been refused since the rules took effect, citing commercial confidentiality.</p>
        <p>Analysts noted that about sixty percent of the rare earths imported last year came from a single supplier, leaving few alternatives.</p>
        <p>The rules take effect on 6 January, and exporters have until the end of the month to file the new end-user declarations.</p>
        """;

    private static Article Extract(string head, string body) =>
        new HtmlArticleExtractor().Extract($"<!DOCTYPE html><html lang=\"en-GB\"><head>{head}</head><body>{body}</body></html>", "page.html");

    [Test]
    public void Reads_metadata_from_json_ld_with_a_graph()
    {
        var head = """
            <title>Export ban scope | The Ledger</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Ledger"},
              {"@type":["NewsArticle"],"headline":"Export ban targets military users only, ministry says",
               "datePublished":"2026-01-06T09:30:00+09:00",
               "author":[{"@type":"Person","name":"Mei Tanaka"},{"@type":"Person","name":"John Smith"}],
               "publisher":{"@type":"Organization","name":"The Ledger"}}]}
            </script>
            """;
        var article = Extract(head, $"<article>{Body}</article>");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Export ban targets military users only, ministry says"));
            Assert.That(article.Publisher, Is.EqualTo("The Ledger"));
            Assert.That(article.Authors, Is.EqualTo(new[] { "Mei Tanaka", "John Smith" }));
            Assert.That(article.Published, Is.EqualTo(new DateTimeOffset(2026, 1, 6, 9, 30, 0, TimeSpan.FromHours(9))));
            Assert.That(article.Language, Is.EqualTo("en-GB"));
            Assert.That(article.Path, Is.EqualTo("page.html"));
        });
    }

    [TestCase("<link rel=\"canonical\" href=\"https://ledger.example/export-ban\">", "page.html", "https://ledger.example/export-ban")]
    [TestCase("<meta property=\"og:url\" content=\"https://ledger.example/og\">", "page.html", "https://ledger.example/og")]
    [TestCase("<link rel=\"canonical\" href=\"/export-ban\">", "https://ledger.example/news/1?ref=x", "https://ledger.example/export-ban")]
    [TestCase("<link rel=\"canonical\" href=\"/export-ban\">", "page.html", null)]
    [TestCase("<link rel=\"canonical\" href=\"javascript:alert(1)\">", "https://ledger.example/a", null)]
    public void Reads_the_pages_own_url_absolute_or_resolved_against_the_address_it_was_fetched_from(string head, string path, string? expected)
    {
        var article = new HtmlArticleExtractor().Extract($"<!DOCTYPE html><html><head>{head}</head><body><article>{Body}</article></body></html>", path);
        Assert.That(article.Url, Is.EqualTo(expected));
    }

    [Test]
    public void Ignores_broken_json_ld_and_falls_back_to_open_graph()
    {
        var head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken, </script>
            <meta property="og:title" content="Export ban: what we know">
            <meta property="og:site_name" content="Ledger Online">
            <meta property="article:published_time" content="2026-01-07T12:00:00Z">
            <meta name="author" content="By Ana Ruiz">
            """;
        var article = Extract(head, $"<article>{Body}</article>");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Export ban: what we know"));
            Assert.That(article.Publisher, Is.EqualTo("Ledger Online"));
            Assert.That(article.Authors, Is.EqualTo(new[] { "Ana Ruiz" }));
            Assert.That(article.Published, Is.EqualTo(new DateTimeOffset(2026, 1, 7, 12, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Reads_the_date_from_a_time_element_and_the_title_from_the_title_tag()
    {
        var article = Extract("<title>Export ban scope widens - The Ledger</title>",
            $"<article><time datetime=\"2026-01-08\">8 January</time>{Body}</article>");
        Assert.Multiple(() =>
        {
            Assert.That(article.Published, Is.EqualTo(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(article.Title, Is.EqualTo("Export ban scope widens"));
        });
    }

    [Test]
    public void Reads_author_and_date_from_a_byline_only_page()
    {
        var article = Extract("<title>Magnets</title>",
            $"<div class=\"story\"><h1>Magnet makers brace for curbs</h1><div class=\"byline\">By Lena Ortiz and Sam Cole, January 9, 2026</div>{Body}</div>");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Magnet makers brace for curbs"));
            Assert.That(article.Authors, Is.EqualTo(new[] { "Lena Ortiz", "Sam Cole" }));
            Assert.That(article.Published?.Date, Is.EqualTo(new DateTime(2026, 1, 9)));
        });
    }

    [Test]
    public void Keeps_headings_lists_and_quotes_as_blocks_separated_by_blank_lines()
    {
        var article = Extract("<title>t</title>", $"""
            <article>{Body}<h2>What changes</h2><ul><li>Licences for dual-use goods are reviewed case by case by the ministry.</li><li>Civilian exporters must file end-user statements.</li></ul>
            <blockquote>We are not targeting ordinary trade, a spokesperson told reporters at the briefing.</blockquote></article>
            """);
        Assert.That(article.Text, Does.Contain("declarations.\n\nWhat changes\n\nLicences for dual-use goods are reviewed case by case by the ministry.\n\nCivilian exporters must file end-user statements.\n\nWe are not targeting"));
    }

    [Test]
    public void Drops_navigation_share_bars_captions_cookie_banners_and_related_links()
    {
        var article = Extract("<title>t</title>", $"""
            <nav><a href="/">Home</a><a href="/world">World news</a></nav>
            <div class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
            <article>
              <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>
              <figure><img src="x.jpg"><figcaption>A container ship at the port. Photo: Agency</figcaption></figure>
              {Body}
              <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Other story about something else</a></li></ul></div>
            </article>
            <div id="comments"><p>First! This is a reader comment that goes on for a while, longer than a line.</p></div>
            """);
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Does.Contain("civilian buyers would not be affected"));
            Assert.That(article.Text, Does.Not.Contain("cookies"));
            Assert.That(article.Text, Does.Not.Contain("Share on"));
            Assert.That(article.Text, Does.Not.Contain("Photo: Agency"));
            Assert.That(article.Text, Does.Not.Contain("Other story"));
            Assert.That(article.Text, Does.Not.Contain("World news"));
            Assert.That(article.Text, Does.Not.Contain("First!"));
        });
    }

    [Test]
    public void Throws_a_format_exception_when_the_page_has_no_text()
    {
        var e = Assert.Throws<ArticleFormatException>(() => new HtmlArticleExtractor().Extract("<html><body><nav>Home</nav></body></html>", "empty.html"));
        Assert.That(e!.Path, Is.EqualTo("empty.html"));
    }

    [Test]
    public void Is_safe_to_share_between_threads()
    {
        var extractor = new HtmlArticleExtractor();
        var html = $"<html><head><title>Same</title></head><body><article>{Body}</article></body></html>";
        var expected = extractor.Extract(html).Text;
        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = extractor.Extract(html).Text);
        Assert.That(texts, Is.All.EqualTo(expected));
    }

    [Test]
    public void Flattens_nesting_deeper_than_the_limit_without_losing_text()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var limited = NestingLimiter.Limit(html, 100);
        Assert.Multiple(() =>
        {
            Assert.That(limited, Does.Contain("deep text"));
            Assert.That(limited.Split("<div>").Length - 1, Is.EqualTo(100));
            Assert.That(limited.Split("</div>").Length - 1, Is.EqualTo(100));
        });
    }
}
