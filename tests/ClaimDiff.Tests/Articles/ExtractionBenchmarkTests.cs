using System.IO.Compression;
using ClaimDiff.Articles;
using ClaimDiff.Cli.Evaluation;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Tests.Articles;

/// <summary>A quick check on a slice of the article-extraction-benchmark in <c>../shared/data</c>; the full run is <c>claimdiff evaluate extraction</c>.</summary>
public class ExtractionBenchmarkTests
{
    private static string? FindBenchmark()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "article-extraction-benchmark");
            if (File.Exists(Path.Combine(candidate, "ground-truth.json")))
                return candidate;
        }
        return null;
    }

    [Test]
    public void Extracts_a_slice_of_the_benchmark_pages_with_high_f1()
    {
        var data = FindBenchmark();
        if (data is null)
            Assert.Ignore("../shared/data/article-extraction-benchmark is not present; this check runs where the shared datasets are.");
        var truth = JObject.Parse(File.ReadAllText(Path.Combine(data!, "ground-truth.json")));
        var extractor = new HtmlArticleExtractor();
        var scores = new List<PageScore>();
        foreach (var id in truth.Properties().Select(p => p.Name).Order(StringComparer.Ordinal).Take(20))
        {
            using var gzip = new GZipStream(File.OpenRead(Path.Combine(data!, "html", id + ".html.gz")), CompressionMode.Decompress);
            var html = new StreamReader(gzip).ReadToEnd();
            var text = extractor.Extract(html, id).Text;
            scores.Add(ExtractionScore.ScorePage((string)truth[id]!["articleBody"]!, text));
        }
        var corpus = ExtractionScore.Aggregate(scores, resamples: 0);
        Assert.That(corpus.F1, Is.GreaterThan(0.93), $"precision {corpus.Precision:0.000}, recall {corpus.Recall:0.000}");
    }
}
