using ClaimDiff.Articles;
using ClaimDiff.Notebook;
using ClaimDiff.Tests.Articles;
using Moq;

namespace ClaimDiff.Tests;

public class AnalyzeFilesTests
{
    private static string Json(Report report) => AnalysisSessionTests.Json(report);

    [Test]
    public async Task Reads_through_the_pipelines_article_reader()
    {
        var articles = ExampleArticles.Load();
        var reader = new Mock<IArticleReader>();
        reader.Setup(r => r.ReadAsync("digest", It.IsAny<CancellationToken>())).Returns(articles.ToAsyncEnumerable());
        var pipeline = new ClaimDiffPipelineBuilder().Replace(reader.Object).Build();

        var report = await ClaimDiffer.AnalyzeFilesAsync(["digest"], pipeline);

        reader.Verify(r => r.ReadAsync("digest", It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(Json(report), Is.EqualTo(Json(await ClaimDiffer.AnalyzeAsync(articles, pipeline))));
    }

    [Test]
    public async Task Lists_a_duplicate_id_and_a_missing_file_with_their_errors_and_analyses_the_rest()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.json", """[{"id": "1", "text": "The port authority said the harbour will reopen on Monday."}]""");
        temp.Write("in/b.json", """[{"id": "1", "text": "Officials said the harbour will stay closed until Friday."}, {"id": "2", "text": "The mayor said the harbour will reopen on Monday morning."}]""");
        var missing = Path.Combine(temp.Root, "gone.txt");

        var report = await ClaimDiffer.AnalyzeFilesAsync([Path.Combine(temp.Root, "in"), missing]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Articles.Select(a => a.Error is null), Is.EqualTo(new[] { true, false, true, false }));
            Assert.That(report.Articles[1].Error, Does.StartWith("duplicate article id '1' (already used by ").And.Contain("a.json"));
            Assert.That(report.Articles[3].Error, Is.EqualTo("file not found"));
            Assert.That(report.Articles.Select(a => a.Id), Is.Unique);
            Assert.That(report.Claims.Select(c => c.ArticleId).Distinct(), Is.EqualTo(new[] { "1", "2" }));
        });
    }
}
