using System.Text;
using ClaimDiff.Articles;

namespace ClaimDiff.Tests.Articles;

public class ArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port reopens | Harbour Times</title></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Port reopens after strike</h1>
        <p>The port of Kelmouth reopened on Monday after a two-week strike by dock workers, the harbour authority said in a statement.</p>
        <p>Union leaders said the agreement, which raises pay by six percent, was approved by a large majority of members on Sunday evening.</p>
        <p>Shipping companies warned that clearing the backlog of containers could take several weeks, with delays expected for retailers.</p>
        </article><footer>Copyright Harbour Times</footer></body></html>
        """;

    private TempFolder _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static async Task<List<Article>> ReadAll(IEnumerable<string> paths, ExtractionOptions? options = null)
    {
        var list = new List<Article>();
        await foreach (var article in new ArticleReader(options ?? new ExtractionOptions()).ReadAllAsync(paths))
            list.Add(article);
        return list;
    }

    private static async Task<Article> ReadOne(string path, ExtractionOptions? options = null)
    {
        var articles = await ReadAll([path], options);
        Assert.That(articles, Has.Count.EqualTo(1));
        return articles[0];
    }

    [Test]
    public async Task Reads_an_html_page_with_its_metadata()
    {
        var article = await ReadOne(_temp.Write("port.html", Page));
        Assert.Multiple(() =>
        {
            Assert.That(article.Error, Is.Null);
            Assert.That(article.Text, Does.Contain("reopened on Monday"));
            Assert.That(article.Text, Does.Not.Contain("Home"));
            Assert.That(article.Language, Is.EqualTo("en"));
        });
    }

    [Test]
    public async Task Reads_a_text_file_with_the_first_line_as_headline()
    {
        var article = await ReadOne(_temp.Write("a.txt", "Port reopens\r\n\r\nThe port reopened on Monday.\r\nWorkers returned."));
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Port reopens"));
            Assert.That(article.Text, Does.StartWith("The port reopened on Monday."));
        });
    }

    [Test]
    public async Task Reads_a_gzipped_page()
    {
        var article = await ReadOne(_temp.Write("port.html.gz", TempFolder.Gzip(Encoding.UTF8.GetBytes(Page))));
        Assert.That(article.Text, Does.Contain("reopened on Monday"));
    }

    [Test]
    public async Task Reports_an_empty_file_as_an_error_and_goes_on()
    {
        var empty = _temp.Write("empty.html", string.Empty);
        var good = _temp.Write("good.txt", "Title\nBody text here.");
        var articles = await ReadAll([empty, good]);
        Assert.Multiple(() =>
        {
            Assert.That(articles[0].Error, Is.EqualTo("the file is empty (or is a pipe, socket or device, which is not read)"));
            Assert.That(articles[0].Path, Is.EqualTo(empty));
            Assert.That(articles[1].Error, Is.Null);
        });
    }

    [Test]
    public async Task Reports_binary_data_as_an_error()
    {
        var article = await ReadOne(_temp.Write("image.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]));
        Assert.That(article.Error, Does.StartWith("the file holds binary data"));
    }

    [Test]
    public async Task Reports_invalid_utf8_in_a_text_file_with_its_byte_offset()
    {
        var bytes = Encoding.ASCII.GetBytes("Title\nCaf\u0000").ToArray();
        bytes[^1] = 0xE9; // "Café" in windows-1252: not UTF-8
        var article = await ReadOne(_temp.Write("a.txt", bytes));
        Assert.That(article.Error, Is.EqualTo("the text is not valid UTF-8 (byte offset 9)"));
    }

    [Test]
    public async Task Decodes_an_undeclared_windows_1252_page()
    {
        var html = Page.Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal).Replace("dock workers", "d\u00E9ck workers \u2014 caf\u00E9", StringComparison.Ordinal);
        var article = await ReadOne(_temp.Write("legacy.html", Encoding.GetEncoding(1252).GetBytes(html)));
        Assert.That(article.Text, Does.Contain("d\u00E9ck workers \u2014 caf\u00E9"));
    }

    [Test]
    public async Task Honours_a_declared_charset_in_http_equiv()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Page.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", StringComparison.Ordinal)
            .Replace("dock workers", "\u0141\u00F3d\u017A workers", StringComparison.Ordinal);
        var article = await ReadOne(_temp.Write("latin2.html", Encoding.GetEncoding("iso-8859-2").GetBytes(html)));
        Assert.That(article.Text, Does.Contain("\u0141\u00F3d\u017A workers"));
    }

    [Test]
    public async Task Decodes_a_utf16_page_by_its_byte_order_mark()
    {
        var article = await ReadOne(_temp.Write("utf16.html", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page)).ToArray()));
        Assert.That(article.Text, Does.Contain("reopened on Monday"));
    }

    [Test]
    public async Task Reports_a_file_over_the_size_limit()
    {
        var article = await ReadOne(_temp.Write("big.html", Page), new ExtractionOptions { MaxInputBytes = 100 });
        Assert.That(article.Error, Does.Contain("over the 100-byte limit"));
    }

    [Test]
    public async Task Reports_a_gzip_file_that_inflates_over_the_size_limit()
    {
        var bomb = TempFolder.Gzip(new byte[1_000_000].Select(_ => (byte)'a').ToArray());
        var article = await ReadOne(_temp.Write("bomb.txt.gz", bomb), new ExtractionOptions { MaxInputBytes = 10_000 });
        Assert.That(article.Error, Does.Contain("over the 10,000-byte limit"));
    }

    [Test]
    public async Task Reports_a_truncated_gzip_file()
    {
        var gz = TempFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Page, 20))));
        var article = await ReadOne(_temp.Write("cut.html.gz", gz[..(gz.Length / 2)]));
        Assert.That(article.Error, Does.StartWith("the gzip data is truncated or corrupt"));
    }

    [Test]
    public async Task Reads_every_member_of_a_multi_member_gzip_file()
    {
        var first = TempFolder.Gzip(Encoding.UTF8.GetBytes(Page[..(Page.Length / 2)]));
        var second = TempFolder.Gzip(Encoding.UTF8.GetBytes(Page[(Page.Length / 2)..]));
        var article = await ReadOne(_temp.Write("two-members.html.gz", [.. first, .. second]));

        Assert.That(article.Error, Is.Null);
        Assert.That(article.Text, Does.Contain("reopened on Monday"));
    }

    [Test]
    public async Task Reports_a_multi_member_gzip_file_cut_in_its_last_member()
    {
        var first = TempFolder.Gzip(Encoding.UTF8.GetBytes(Page));
        var second = TempFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Page, 20))));
        var article = await ReadOne(_temp.Write("cut-members.html.gz", [.. first, .. second[..(second.Length / 2)]]));

        Assert.That(article.Error, Does.StartWith("the gzip data is truncated or corrupt"));
    }

    [Test]
    public async Task Reports_a_gz_file_that_is_not_gzip()
    {
        var article = await ReadOne(_temp.Write("plain.html.gz", Page));
        Assert.That(article.Error, Is.EqualTo("the file is not gzip data, though its name ends in .gz"));
    }

    [Test]
    public async Task Reports_invalid_json_with_its_line_and_position()
    {
        var article = await ReadOne(_temp.Write("bad.json", "{\n  \"text\": \"ok\",\n  \"title\": oops\n}"));
        Assert.That(article.Error, Does.StartWith("invalid JSON at line 3, position"));
    }

    [Test]
    public async Task Reads_a_json_array_and_reports_its_bad_item_alone()
    {
        var json = """
            [ { "title": "One", "text": "First body.", "publisher": "Daily", "authors": ["A. Writer"], "published": "2026-01-06T09:30:00+09:00", "language": "en" },
              { "title": "Two" },
              42,
              { "path": "three.html", "text": "Third body." } ]
            """;
        var path = _temp.Write("many.json", json);
        var articles = await ReadAll([path]);
        Assert.Multiple(() =>
        {
            Assert.That(articles, Has.Count.EqualTo(4));
            Assert.That(articles[0].Published, Is.EqualTo(new DateTimeOffset(2026, 1, 6, 9, 30, 0, TimeSpan.FromHours(9))));
            Assert.That(articles[0].Authors, Is.EqualTo(new[] { "A. Writer" }));
            Assert.That(articles[1].Error, Is.EqualTo("item 1 has no \"text\""));
            Assert.That(articles[2].Error, Is.EqualTo("item 2 is not a JSON object"));
            Assert.That(articles[3].Path, Is.EqualTo("three.html"));
        });
    }

    [Test]
    public async Task Reports_a_json_item_with_a_field_of_the_wrong_type_alone_with_its_index()
    {
        var json = """
            [ { "text": "First body.", "language": ["en"] },
              { "text": 123 },
              { "text": "Third body.", "authors": "A. Writer" },
              { "id": 7, "text": "Fourth body.", "title": null } ]
            """;
        var articles = await ReadAll([_temp.Write("typed.json", json)]);
        Assert.Multiple(() =>
        {
            Assert.That(articles.Select(a => a.Error), Is.EqualTo(new[]
            {
                "item 0: \"language\" must be a string, not an array",
                "item 1: \"text\" must be a string, not a number",
                "item 2: \"authors\" must be an array of strings, not a string",
                null,
            }));
            Assert.That(articles[3].Id, Is.EqualTo("7"));
            Assert.That(articles[3].Text, Is.EqualTo("Fourth body."));
        });
    }

    [Test]
    public async Task Reports_a_missing_file_without_throwing()
    {
        var missing = Path.Combine(_temp.Root, "nowhere.html");
        var article = await ReadOne(missing);
        Assert.Multiple(() =>
        {
            Assert.That(article.Error, Is.EqualTo("file not found"));
            Assert.That(article.Path, Is.EqualTo(missing));
        });
    }

    [Test]
    public async Task Reports_a_page_without_article_text()
    {
        var article = await ReadOne(_temp.Write("blank.html", "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>"));
        Assert.That(article.Error, Is.EqualTo("no article text found in the page"));
    }

    [Test]
    public async Task Reads_folders_recursively_in_ordinal_order_and_only_supported_files()
    {
        _temp.Write("b.txt", "B\nbody b");
        _temp.Write("a/z.json", """{"text":"body z"}""");
        _temp.Write("a/B.txt.gz", TempFolder.Gzip(Encoding.UTF8.GetBytes("AB\nbody ab")));
        _temp.Write("a/notes.md", "# not an article");
        _temp.Write("C.htm", Page);
        var articles = await ReadAll([_temp.Root]);
        var names = articles.Select(a => Path.GetRelativePath(_temp.Root, a.Path!).Replace('\\', '/')).ToList();
        Assert.That(names, Is.EqualTo(new[] { "C.htm", "a/B.txt.gz", "a/z.json", "b.txt" }));
    }

    [Test]
    public async Task Follows_no_link_out_of_the_given_folders_and_reads_no_file_twice()
    {
        var outside = new TempFolder();
        try
        {
            outside.Write("secret.txt", "Secret\nnot to be read");
            _temp.Write("in/a.txt", "A\nbody a");
            File.CreateSymbolicLink(Path.Combine(_temp.Root, "in", "alias.txt"), Path.Combine(_temp.Root, "in", "a.txt"));
            Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "in", "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "in", "elsewhere"), outside.Root);
            File.CreateSymbolicLink(Path.Combine(_temp.Root, "in", "secret.txt"), Path.Combine(outside.Root, "secret.txt"));
            File.CreateSymbolicLink(Path.Combine(_temp.Root, "in", "gone.txt"), Path.Combine(_temp.Root, "missing.txt"));

            var articles = await ReadAll([Path.Combine(_temp.Root, "in"), Path.Combine(_temp.Root, "in", "a.txt")]);

            var read = articles.Where(a => a.Error is null).Select(a => Path.GetFileName(a.Path)).ToList();
            var skipped = articles.Where(a => a.Error is not null).ToDictionary(a => Path.GetFileName(a.Path!), a => a.Error);
            Assert.Multiple(() =>
            {
                Assert.That(read, Is.EqualTo(new[] { "a.txt" }), "a.txt once, though reached three ways");
                Assert.That(skipped.Keys, Is.EquivalentTo(new[] { "elsewhere", "gone.txt", "secret.txt", "up" }));
                Assert.That(skipped["secret.txt"], Does.Contain("outside the folders given: not followed"));
                Assert.That(skipped["elsewhere"], Does.Contain("outside the folders given: not followed"));
                Assert.That(skipped["up"], Does.Contain("outside the folders given"), "the parent of the given folder is outside it");
                Assert.That(skipped["gone.txt"], Is.EqualTo("a broken link: not followed"));
                Assert.That(ArticleReader.ExpandPaths([Path.Combine(_temp.Root, "in")]).Select(Path.GetFileName), Is.EqualTo(new[] { "a.txt" }));
            });
        }
        finally
        {
            outside.Dispose();
        }
    }

    [Test]
    public async Task A_link_inside_the_given_folder_is_passed_over_silently()
    {
        _temp.Write("sub/a.txt", "A\nbody a");
        Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "sub", "loop"), _temp.Root);
        var articles = await ReadAll([_temp.Root]);
        Assert.That(articles.Select(a => (Path.GetFileName(a.Path), a.Error)), Is.EqualTo(new[] { ("a.txt", (string?)null) }));
    }

    [Test, CancelAfter(20_000)]
    public async Task A_pipe_in_a_folder_is_reported_not_opened()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "named pipes as files are a Unix feature");
        _temp.Write("a.txt", "A\nbody a");
        var fifo = Path.Combine(_temp.Root, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            await mkfifo.WaitForExitAsync();
        Assume.That(File.Exists(fifo), "mkfifo made no pipe");
        var articles = await ReadAll([_temp.Root]);
        Assert.Multiple(() =>
        {
            Assert.That(articles.Select(a => Path.GetFileName(a.Path)), Is.EqualTo(new[] { "a.txt", "pipe.txt" }));
            Assert.That(articles[1].Error, Does.Contain("pipe, socket or device"));
        });
    }

    [Test]
    public async Task A_single_line_of_text_is_the_body_and_white_space_alone_is_empty()
    {
        var reader = new ArticleReader(new ExtractionOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes("The minister said prices will fall.\n")));
        var articles = new List<Article>();
        await foreach (var article in reader.ReadAllAsync(["-"]))
            articles.Add(article);
        var blank = await ReadOne(_temp.Write("blank.txt", "  \n \n"));
        Assert.Multiple(() =>
        {
            Assert.That(articles.Single().Text, Is.EqualTo("The minister said prices will fall."));
            Assert.That(articles.Single().Title, Is.Null);
            Assert.That(blank.Error, Is.EqualTo("the file is empty"));
        });
    }

    [Test]
    public async Task Reads_standard_input_for_a_dash()
    {
        var reader = new ArticleReader(new ExtractionOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes("""{"title":"From stdin","text":"Piped body."}""")));
        var articles = new List<Article>();
        await foreach (var article in reader.ReadAllAsync(["-"]))
            articles.Add(article);
        Assert.That(articles.Single().Title, Is.EqualTo("From stdin"));
    }

    [Test]
    public void Lists_the_supported_extensions_with_and_without_gz()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ArticleReader.IsSupported("x/page.HTML.gz"), Is.True);
            Assert.That(ArticleReader.IsSupported("x/page.htm"), Is.True);
            Assert.That(ArticleReader.IsSupported("x/page.md"), Is.False);
        });
    }

    [Test]
    public async Task Survives_a_page_nested_100000_levels_deep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>The deepest paragraph still holds a sentence worth reading, with enough words to count as an article body.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var article = await ReadOne(_temp.Write("deep.html", html));
        Assert.That(article.Text, Does.Contain("The deepest paragraph"));
    }

    [Test]
    public async Task Reads_a_page_with_50000_sibling_paragraphs_without_a_quadratic_walk()
    {
        // Regression: walking siblings with NextSibling made AngleSharp search the parent's list each step (50 MB page: minutes).
        var paragraphs = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<p>Paragraph {i} reports that the union and the port disagree about the ban.</p>"));
        var article = await ReadOne(_temp.Write("wide.html", $"<html><body><article>{paragraphs}</article></body></html>"));
        Assert.That(article.Text, Does.Contain("Paragraph 49999 reports"));
    }
}
