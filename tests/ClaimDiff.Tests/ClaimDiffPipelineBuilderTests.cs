using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using ClaimDiff.Text;
using Moq;

namespace ClaimDiff.Tests;

public class ClaimDiffPipelineBuilderTests
{
    private static Claim NewClaim(string id, string source, string content)
        => new() { Id = id, ArticleId = "a1", Text = content, Content = content, Source = source };

    /// <summary>A pipeline whose every stage is a mock, so these tests need no model.</summary>
    private static (ClaimDiffPipelineBuilder Builder, Mock<IRelationClassifier> Classifier) MockedBuilder(IReadOnlyList<Claim> claims)
    {
        var extractor = new Mock<IClaimExtractor>();
        extractor.Setup(e => e.Extract(It.IsAny<Article>(), It.IsAny<IReadOnlyList<Sentence>>()))
            .Returns((Article a, IReadOnlyList<Sentence> _) => a.Text == "fail" ? throw new InvalidOperationException("extractor broke") : claims);
        var grouper = new Mock<ISubjectGrouper>();
        grouper.Setup(g => g.Group(It.IsAny<IReadOnlyList<Claim>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<Claim> c, CancellationToken _) => c.Count == 0 ? [] : [new Subject { Id = "s1", Label = "all", ClaimIds = c.Select(x => x.Id).ToList(), RepresentativeClaimId = c[0].Id }]);
        var classifier = new Mock<IRelationClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string a, string b) => a.Contains("only") && b.Contains("broadly")
                ? Relation(RelationLabel.Contradiction, 0.95f) with
                {
                    Evidence = [new ConflictEvidence(DiscrepancyType.Scope, new TextRange(a.IndexOf("only"), a.IndexOf("only") + 4), new TextRange(b.IndexOf("broadly"), b.IndexOf("broadly") + 7), "only vs broadly")],
                }
                : Relation(RelationLabel.Agreement, 0.95f));
        var builder = new ClaimDiffPipelineBuilder()
            .Replace(extractor.Object)
            .Replace(grouper.Object)
            .Replace(classifier.Object)
            .Replace(Mock.Of<ITextEmbedder>());
        return (builder, classifier);
    }

    private static Relation Relation(RelationLabel label, float confidence) => new()
    {
        Label = label,
        Confidence = confidence,
        Scores = Enum.GetValues<RelationLabel>().ToDictionary(l => l, l => l == label ? confidence : (1 - confidence) / 3),
        Type = label == RelationLabel.Contradiction ? DiscrepancyType.Scope : null,
    };

    [Test]
    public void Compares_only_claims_from_different_sources_and_reports_discrepancies_and_agreements()
    {
        var (builder, classifier) = MockedBuilder([
            NewClaim("x", "Ministry", "curbs apply only to the military"),
            NewClaim("y", "Ministry", "curbs apply only to arms makers"),
            NewClaim("z", "Newspaper", "curbs apply broadly to all firms"),
        ]);
        var report = ClaimDiffer.AnalyzeAsync([Article.FromText("one article")], builder.Build()).GetAwaiter().GetResult();
        Assert.Multiple(() =>
        {
            Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(new[] { "c1", "c2", "c3" }));
            Assert.That(report.Discrepancies, Has.Count.EqualTo(2));
            Assert.That(report.Discrepancies.All(d => d.ClaimB.Source == "Newspaper" && d.Type == DiscrepancyType.Scope), Is.True);
            Assert.That(report.Discrepancies.Select(d => d.Id), Is.EqualTo(new[] { "d1", "d2" }));
            Assert.That(report.Agreements, Is.Empty);
        });
        classifier.Verify(c => c.Classify("curbs apply only to the military", "curbs apply only to arms makers"), Times.Never);
    }

    [Test]
    public void Lists_a_failed_article_with_its_error_and_analyses_the_others()
    {
        var (builder, _) = MockedBuilder([NewClaim("x", "A", "some content here")]);
        var report = ClaimDiffer.AnalyzeAsync([Article.Failed("bad.html", "the file is empty"), Article.FromText("fail"), Article.FromText("good")], builder.Build())
            .GetAwaiter().GetResult();
        Assert.Multiple(() =>
        {
            Assert.That(report.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a1", "a2", "a3" }));
            Assert.That(report.Articles[0].Error, Is.EqualTo("the file is empty"));
            Assert.That(report.Articles[1].Error, Does.Contain("extractor broke"));
            Assert.That(report.Articles[2].Error, Is.Null);
            Assert.That(report.Articles[2].ClaimCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void Throws_in_strict_mode_instead_of_recording_the_error()
    {
        var (builder, _) = MockedBuilder([NewClaim("x", "A", "some content here")]);
        var pipeline = builder.Configure(o => o.StrictMode = true).Build();
        Assert.ThrowsAsync<ClaimDiffException>(() => ClaimDiffer.AnalyzeAsync([Article.FromText("fail")], pipeline));
    }

    [Test]
    public void Keeps_caller_ids_and_numbers_the_rest_around_them()
    {
        var (builder, _) = MockedBuilder([]);
        var report = ClaimDiffer.AnalyzeAsync([Article.FromText("x", id: "a2"), Article.FromText("y"), Article.FromText("z")], builder.Build()).GetAwaiter().GetResult();
        Assert.That(report.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a2", "a1", "a3" }));
    }

    [Test]
    public void Rejects_duplicate_article_ids()
    {
        var (builder, _) = MockedBuilder([]);
        Assert.ThrowsAsync<ArgumentException>(() => ClaimDiffer.AnalyzeAsync([Article.FromText("x", id: "k"), Article.FromText("y", id: "k")], builder.Build()));
    }

    [Test]
    public void Reports_progress_through_every_stage_and_honours_cancellation()
    {
        var (builder, _) = MockedBuilder([NewClaim("x", "A", "some content"), NewClaim("y", "B", "other content")]);
        var pipeline = builder.Build();
        var stages = new List<AnalysisStage>();
        ClaimDiffer.AnalyzeAsync([Article.FromText("a"), Article.FromText("b")], pipeline, new SynchronousProgress(p => stages.Add(p.Stage))).GetAwaiter().GetResult();
        Assert.That(stages.Distinct(), Is.EqualTo(new[] { AnalysisStage.Claims, AnalysisStage.Subjects, AnalysisStage.Comparison, AnalysisStage.Done }));

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.CatchAsync<OperationCanceledException>(() => ClaimDiffer.AnalyzeAsync([Article.FromText("a")], pipeline, null, cts.Token));
    }

    [Test]
    public void Copies_options_at_build_so_later_changes_do_not_leak_into_the_pipeline()
    {
        var (builder, _) = MockedBuilder([]);
        builder.Configure(o => o.Comparison.DiscrepancyThreshold = 0.7);
        var pipeline = builder.Build();
        builder.Options.Comparison.DiscrepancyThreshold = 0.2;
        pipeline.Options.Comparison.DiscrepancyThreshold = 0.1;
        Assert.That(pipeline.Options.Comparison.DiscrepancyThreshold, Is.EqualTo(0.7));
    }

    [Test]
    public void Rejects_nonsense_options_and_non_stage_replacements()
    {
        var options = new ClaimDiffOptions();
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => options.Comparison.DiscrepancyThreshold = 1.5);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.Subjects.SimilarityThreshold = 0);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.Claims.MinWords = 0);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.Extraction.MaxInputBytes = -1);
            Assert.Throws<ArgumentException>(() => new ClaimDiffPipelineBuilder().Replace("not a stage"));
            Assert.Throws<ArgumentNullException>(() => new ClaimDiffPipelineBuilder().Replace<IClaimExtractor>(null!));
        });
    }

    [Test]
    public void Applies_an_extension_once_and_adds_its_report_writer()
    {
        var extension = new Mock<IClaimDiffExtension>();
        var writer = Mock.Of<IReportWriter>(w => w.Format == "csv");
        extension.Setup(e => e.Setup(It.IsAny<ClaimDiffPipelineBuilder>())).Callback((ClaimDiffPipelineBuilder b) => b.AddReportWriter(writer));
        var (builder, _) = MockedBuilder([]);
        builder.Use(extension.Object).Use(extension.Object);
        extension.Verify(e => e.Setup(builder), Times.Once);
        Assert.That(builder.Build().ReportWriters.Keys, Is.EquivalentTo(new[] { "json", "md", "html", "csv" }));
    }

    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    [Test]
    public async Task UseFacts_groups_facts_with_the_given_model_and_reads_each_pair_once_for_grouping_and_comparison()
    {
        var reads = new System.Collections.Concurrent.ConcurrentDictionary<(string, string), int>();
        var model = new Mock<IRelationClassifier> { CallBase = true };
        model.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string a, string b) =>
            {
                reads.AddOrUpdate((a, b), 1, (_, n) => n + 1);
                return a.Contains("four") != b.Contains("four") ? Relation(RelationLabel.Contradiction, 0.9f) : Relation(RelationLabel.Agreement, 0.9f);
            });
        var pipeline = new ClaimDiffPipelineBuilder().UseFacts(model.Object).Build();
        Assert.That(pipeline.SubjectGrouper, Is.InstanceOf<FactSubjectGrouper>());
        Assert.That(pipeline.RelationClassifier, Is.SameAs(model.Object));
        Assert.That(pipeline.Options.Comparison.ModelVerdicts, Is.True);
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText("Police said four people died in the flood in the valley town on Monday.", publisher: "Valley Post"),
            Article.FromText("The mayor said seven people died in the flood in the valley town on Monday.", publisher: "County Wire"),
        ], pipeline);
        Assert.That(report.Subjects, Has.Count.EqualTo(1));
        Assert.That(report.Discrepancies, Has.Count.EqualTo(1));
        Assert.That(reads.Values, Has.All.EqualTo(1));
    }

    [Test]
    public void UseFacts_keeps_a_grouper_and_a_model_set_before()
    {
        var grouper = Mock.Of<ISubjectGrouper>();
        var model = Mock.Of<IRelationClassifier>();
        var pipeline = new ClaimDiffPipelineBuilder().Replace(grouper).Replace(model).UseFacts().Build();
        Assert.That(pipeline.SubjectGrouper, Is.SameAs(grouper));
        Assert.That(pipeline.RelationClassifier, Is.SameAs(model));
    }
}
