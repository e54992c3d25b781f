using System.Diagnostics;
using ClaimDiff.Notebook;
using ClaimDiff.Reports;
using StbImageSharp;

namespace ClaimDiff.Tests.Reports;

/// <summary>
/// Opens the HTML report of the built-in example in headless Chromium (Debian's <c>chromium</c> package, which
/// <c>.ci/run</c> installs) and reads the screenshot's pixels: the discrepancy must be on the first screen.
/// </summary>
public class HtmlScreenshotTests
{
    // The background of a highlighted conflicting span (mark.conflict) and the colour of a discrepancy's heading.
    private static readonly (byte R, byte G, byte B) Highlight = (0xff, 0xb3, 0xb3);
    private static readonly (byte R, byte G, byte B) Heading = (0xb0, 0x00, 0x20);

    private static string Chromium()
    {
        var path = new[] { Environment.GetEnvironmentVariable("CLAIMDIFF_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
        if (path is null)
            Assert.Ignore("Chromium is not installed (.ci/run installs Debian's chromium package; or set CLAIMDIFF_CHROMIUM)");
        return path!;
    }

    [Test]
    public async Task Shows_the_discrepancy_with_its_conflicting_spans_on_the_first_screen()
    {
        var chromium = Chromium();
        var report = await ClaimDiffer.AnalyzeAsync(ExampleArticles.Load());
        Assert.That(report.Discrepancies, Is.Not.Empty);
        var image = Screenshot(chromium, report);
        Assert.Multiple(() =>
        {
            Assert.That(Count(image, Highlight, tolerance: 0), Is.GreaterThan(1_000), "highlighted conflicting spans");
            Assert.That(Count(image, Heading, tolerance: 8), Is.GreaterThan(200), "a discrepancy heading");
        });
    }

    [Test]
    public async Task Shows_no_conflict_highlight_when_there_is_no_discrepancy()
    {
        var chromium = Chromium();
        var report = await ClaimDiffer.AnalyzeAsync(ExampleArticles.Load().Take(1));
        Assert.That(report.Discrepancies, Is.Empty);
        var image = Screenshot(chromium, report);
        Assert.Multiple(() =>
        {
            Assert.That(Count(image, Highlight, tolerance: 0), Is.Zero);
            Assert.That(Count(image, Heading, tolerance: 8), Is.Zero);
        });
    }

    [Test]
    public void A_hundred_article_report_stays_one_column_wide_and_a_few_screens_tall()
    {
        var chromium = Chromium();
        var image = Screenshot(chromium, StoryViewTests.LargeReport(), height: 12_000);
        var (lastRow, lastColumn) = Extent(image);
        TestContext.Out.WriteLine($"content ends at row {lastRow}, column {lastColumn}");
        Assert.Multiple(() =>
        {
            Assert.That(lastRow, Is.LessThan(6_000), "the page's height in pixels, folds closed");
            Assert.That(lastColumn, Is.LessThan(1_280 - 20), "nothing runs off the right edge");
            Assert.That(FirstRow(image, Heading, tolerance: 8), Is.LessThan(900), "the discrepancy is on the first screen");
        });
    }

    [Test]
    public async Task The_report_of_a_hundred_FNC1_bodies_fits_the_screen_width_and_lists_every_disagreement_at_the_top()
    {
        var chromium = Chromium();
        var data = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../../shared/data"));
        if (!File.Exists(Path.Combine(data, "fnc-1", "train_bodies.csv")))
            Assert.Ignore($"FNC-1 is not at {data}; this test needs ../shared/data.");
        var bodies = ClaimDiff.Cli.Evaluation.RelationDatasets.Fnc1Bodies(data, "train").Take(100);
        var report = await ClaimDiffer.AnalyzeAsync(bodies.Select((b, i) => Article.FromText(b, publisher: $"Outlet {i % 20}")));
        var html = new StringWriter();
        new HtmlReportWriter().Write(report, html);
        var page = html.ToString();
        var contents = page.IndexOf("<nav class=\"contents\">", StringComparison.Ordinal);
        var cards = page.Split("<section class=\"discrepancy\" id=\"").Skip(1).Select(c => c[..c.IndexOf('"', StringComparison.Ordinal)]).ToList();
        var image = Screenshot(chromium, report, height: 20_000);
        var (lastRow, lastColumn) = Extent(image);
        TestContext.Out.WriteLine($"{report.Discrepancies.Count} discrepancies in {cards.Count} cards; content ends at row {lastRow}, column {lastColumn}");
        Assert.Multiple(() =>
        {
            Assert.That(cards, Has.Count.GreaterThan(1), "the hundred bodies give several disagreements");
            Assert.That(contents, Is.GreaterThan(0).And.LessThan(page.IndexOf("<section class=\"discrepancy\"", StringComparison.Ordinal)), "the list of disagreements comes first");
            foreach (var id in cards)
                Assert.That(page.IndexOf($"<a href=\"#{id}\">", StringComparison.Ordinal), Is.GreaterThan(contents).And.LessThan(page.IndexOf("</nav>", StringComparison.Ordinal)), id);
            Assert.That(lastColumn, Is.LessThan(1_280 - 20), "nothing runs off the right edge of one screen");
        });
    }

    /// <summary>The last row and the rightmost column that hold a pixel other than the white background.</summary>
    private static (int Row, int Column) Extent(ImageResult image)
    {
        var (row, column) = (0, 0);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var i = (y * image.Width + x) * 3;
                if (image.Data[i] < 250 || image.Data[i + 1] < 250 || image.Data[i + 2] < 250)
                {
                    row = y;
                    column = Math.Max(column, x);
                }
            }
        }
        return (row, column);
    }

    private static int FirstRow(ImageResult image, (byte R, byte G, byte B) colour, int tolerance)
    {
        for (var i = 0; i + 2 < image.Data.Length; i += 3)
        {
            if (Math.Abs(image.Data[i] - colour.R) <= tolerance && Math.Abs(image.Data[i + 1] - colour.G) <= tolerance && Math.Abs(image.Data[i + 2] - colour.B) <= tolerance)
                return i / 3 / image.Width;
        }
        return int.MaxValue;
    }

    private static ImageResult Screenshot(string chromium, Report report, int height = 900)
    {
        var folder = Directory.CreateTempSubdirectory("claimdiff-shot-").FullName;
        try
        {
            var html = Path.Combine(folder, "report.html");
            var png = Path.Combine(folder, "screen.png");
            using (var writer = new StreamWriter(html))
                new HtmlReportWriter().Write(report, writer);
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--force-device-scale-factor=1",
                "--user-data-dir=" + Path.Combine(folder, "profile"), $"--window-size=1280,{height}", "--screenshot=" + png, new Uri(html).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not take the screenshot within 90 s");
            }
            Assert.That(File.Exists(png), Is.True, $"Chromium exited {process.ExitCode} without a screenshot:\n{stderr.Result}");
            return ImageResult.FromMemory(File.ReadAllBytes(png), ColorComponents.RedGreenBlue);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Count(ImageResult image, (byte R, byte G, byte B) colour, int tolerance)
    {
        var count = 0;
        for (var i = 0; i + 2 < image.Data.Length; i += 3)
        {
            if (Math.Abs(image.Data[i] - colour.R) <= tolerance && Math.Abs(image.Data[i + 1] - colour.G) <= tolerance && Math.Abs(image.Data[i + 2] - colour.B) <= tolerance)
                count++;
        }
        return count;
    }
}
