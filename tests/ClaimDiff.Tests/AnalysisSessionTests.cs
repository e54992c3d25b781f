using ClaimDiff.Notebook;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests;

public class AnalysisSessionTests
{
    /// <summary>The report as the JSON writer writes it, to compare reports whole.</summary>
    internal static string Json(Report report)
    {
        var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return writer.ToString();
    }

    [Test]
    public async Task Adding_the_examples_one_by_one_gives_the_same_report_as_a_one_shot_analysis()
    {
        var articles = ExampleArticles.Load();
        var oneShot = await ClaimDiffer.AnalyzeAsync(articles);
        using var session = new AnalysisSession();
        Report? last = null;
        foreach (var article in articles)
            last = await session.AddAsync(article);
        Assert.Multiple(() =>
        {
            Assert.That(Json(last!), Is.EqualTo(Json(oneShot)));
            Assert.That(Json(session.Current), Is.EqualTo(Json(oneShot)));
            Assert.That(oneShot.Discrepancies, Is.Not.Empty);
        });
    }

    /// <summary>Counts the texts it is asked to embed, passing them on to the built-in embedder.</summary>
    private sealed class CountingEmbedder : ITextEmbedder
    {
        public int Texts;

        public IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts)
        {
            Interlocked.Add(ref Texts, texts.Count);
            return TfidfEmbedder.Default.Embed(texts);
        }
    }

    [Test]
    public async Task Embeds_each_text_once_however_many_articles_are_added_after_it()
    {
        var embedder = new CountingEmbedder();
        var pipeline = new ClaimDiffPipelineBuilder().Replace<ITextEmbedder>(embedder).Build();
        var articles = ExampleArticles.Load();
        using var session = new AnalysisSession(pipeline);
        foreach (var article in articles)
            await session.AddAsync(article);
        var embeddedBySession = embedder.Texts;
        var oneShot = await ClaimDiffer.AnalyzeAsync(articles, pipeline);

        Assert.Multiple(() =>
        {
            Assert.That(embeddedBySession, Is.EqualTo(session.Current.Claims.Select(c => c.Content).Distinct().Count()));
            Assert.That(Json(session.Current), Is.EqualTo(Json(oneShot)));
        });
    }

    [Test]
    public async Task Streams_an_updated_report_after_each_article()
    {
        using var session = new AnalysisSession();
        var counts = new List<int>();
        await foreach (var report in session.AddAllAsync(ExampleArticles.Load().ToAsyncEnumerable()))
            counts.Add(report.Articles.Count);
        Assert.That(counts, Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task Takes_concurrent_adds_without_losing_or_duplicating_an_article()
    {
        using var session = new AnalysisSession();
        var texts = Enumerable.Range(1, 12).Select(i => Article.FromText($"Exports of magnets fell by {i}% in January, officials said.", publisher: "Wire " + i));
        await Task.WhenAll(texts.Select(a => Task.Run(() => session.AddAsync(a))));
        Assert.Multiple(() =>
        {
            Assert.That(session.ArticleCount, Is.EqualTo(12));
            Assert.That(session.Current.Articles.Select(a => a.Id), Is.Unique);
            Assert.That(session.Current.Claims, Has.Count.EqualTo(12));
        });
    }

    [Test]
    public async Task Rejects_an_id_that_was_already_added()
    {
        using var session = new AnalysisSession();
        await session.AddAsync(Article.FromText("Exports of magnets fell sharply in January.", id: "x"));
        Assert.ThrowsAsync<ArgumentException>(() => session.AddAsync(Article.FromText("Exports rose again in February.", id: "x")));
    }

    /// <summary>Cancels its source when the analysis reports the given stage (at the given count), synchronously.</summary>
    private sealed class CancelAt(AnalysisStage stage, int done, CancellationTokenSource source) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            if (value.Stage == stage && value.Completed >= done)
                source.Cancel();
        }
    }

    [TestCase(AnalysisStage.Claims, 1)]
    [TestCase(AnalysisStage.Claims, 2)]
    [TestCase(AnalysisStage.Subjects, 0)]
    [TestCase(AnalysisStage.Comparison, 0)]
    public async Task A_cancelled_add_leaves_the_session_as_it_was(AnalysisStage stage, int done)
    {
        var articles = ExampleArticles.Load();
        using var session = new AnalysisSession();
        await session.AddAsync(articles[0]);
        var before = Json(session.Current);

        using var cancel = new CancellationTokenSource();
        Assert.CatchAsync<OperationCanceledException>(() => session.AddRangeAsync(articles.Skip(1), new CancelAt(stage, done, cancel), cancel.Token));

        Assert.Multiple(() =>
        {
            Assert.That(Json(session.Current), Is.EqualTo(before));
            Assert.That(session.ArticleCount, Is.EqualTo(1));
        });
        // The same batch, retried, is added as if the first try had never happened.
        var retried = await session.AddRangeAsync(articles.Skip(1));
        using var fresh = new AnalysisSession();
        await fresh.AddAsync(articles[0]);
        Assert.That(Json(retried), Is.EqualTo(Json(await fresh.AddRangeAsync(articles.Skip(1)))));
    }

    [Test]
    public async Task A_batch_with_an_id_used_before_or_twice_adds_nothing()
    {
        using var session = new AnalysisSession();
        await session.AddAsync(Article.FromText("Exports of magnets fell sharply in January.", id: "x"));
        var before = Json(session.Current);
        var reused = Assert.ThrowsAsync<ArgumentException>(() => session.AddRangeAsync(
            [Article.FromText("Imports rose in March.", id: "y"), Article.FromText("Exports rose again in February.", id: "x")]));
        var twice = Assert.ThrowsAsync<ArgumentException>(() => session.AddRangeAsync(
            [Article.FromText("Imports rose in March.", id: "z"), Article.FromText("Imports fell in April.", id: "z")]));
        Assert.Multiple(() =>
        {
            Assert.That(reused!.Message, Does.Contain("'x'").And.Contain("Nothing was added"));
            Assert.That(twice!.Message, Does.Contain("Two articles in the batch have the id 'z'"));
            Assert.That(Json(session.Current), Is.EqualTo(before));
        });
        Assert.That((await session.AddAsync(Article.FromText("Imports rose in March.", id: "y"))).Articles, Has.Count.EqualTo(2));
    }
}
