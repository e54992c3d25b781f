using System.Runtime.CompilerServices;
using ClaimDiff.Articles;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using ClaimDiff.Text;
using Moq;

namespace ClaimDiff.Tests;

/// <summary>Each stage replaced through the builder is the one the analysis calls.</summary>
public class StageReplacementTests
{
    /// <summary>A segmenter that splits only at '|', so a test can tell its sentences from the default segmenter's.</summary>
    private static Mock<ISentenceSegmenter> BarSegmenter()
    {
        var segmenter = new Mock<ISentenceSegmenter>();
        segmenter.Setup(s => s.Segment(It.IsAny<string>())).Returns((string text) =>
        {
            var sentences = new List<Sentence>();
            var start = 0;
            foreach (var part in text.Split('|'))
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                    sentences.Add(new Sentence(start + part.IndexOf(trimmed, StringComparison.Ordinal), trimmed));
                start += part.Length + 1;
            }
            return sentences;
        });
        return segmenter;
    }

    [Test]
    public void A_replaced_segmenter_splits_articles_for_claims_and_article_bodies_for_the_relation_classifier()
    {
        var segmenter = BarSegmenter();
        var pipeline = new ClaimDiffPipelineBuilder().Replace(segmenter.Object).Build();
        const string text = "The ministry said the ban covers only military users. It takes effect on Monday | Officials said nothing else.";
        var claims = pipeline.ExtractClaims(Article.FromText(text, publisher: "Wire", id: "a1"));
        const string body = "The regulator said the plant will close in March. | Local officials said the plant will stay open.";
        pipeline.RelationClassifier.Classify("The plant will close in March.", body);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Text), Has.Some.StartsWith("The ministry said the ban covers only military users. It takes effect on Monday"),
                "the default segmenter would have ended the sentence at the first full stop");
            segmenter.Verify(s => s.Segment(text), Times.Once);
            segmenter.Verify(s => s.Segment(body), Times.AtLeastOnce);
        });
    }

    [Test]
    public void The_default_relation_classifier_is_shared_when_no_segmenter_is_given()
        => Assert.That(new ClaimDiffPipelineBuilder().Build().RelationClassifier, Is.SameAs(RelationClassifier.Default));

    [Test]
    public async Task A_replaced_article_reader_reads_the_files_of_an_analysis()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimdiff-reader-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "not what the reader returns");
        try
        {
            var reader = new Mock<IArticleReader>();
            reader.Setup(r => r.ReadAsync(path, It.IsAny<CancellationToken>())).Returns(Articles(
                Article.FromText("The council said the bridge will reopen on Friday after repairs.", publisher: "Gazette"),
                Article.FromText("The contractor said the bridge will reopen next month after repairs.", publisher: "Herald")));
            var report = await ClaimDiffer.AnalyzeFilesAsync([path], new ClaimDiffPipelineBuilder().Replace(reader.Object).Build());
            Assert.That(report.Articles.Select(a => a.Publisher), Is.EqualTo(new[] { "Gazette", "Herald" }));
            reader.Verify(r => r.ReadAsync(path, It.IsAny<CancellationToken>()), Times.Once);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async IAsyncEnumerable<Article> Articles(params Article[] articles)
    {
        foreach (var article in articles)
        {
            await Task.Yield();
            yield return article;
        }
    }

    [Test]
    public void A_report_writer_for_a_built_in_format_replaces_the_built_in_one()
    {
        var writer = Mock.Of<IReportWriter>(w => w.Format == "JSON");
        var pipeline = new ClaimDiffPipelineBuilder().AddReportWriter(writer).Build();
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.ReportWriters["json"], Is.SameAs(writer));
            Assert.That(pipeline.ReportWriters.Keys, Is.EquivalentTo(new[] { "json", "md", "html" }));
        });
    }

    [Test]
    public async Task A_replaced_comparison_stage_makes_the_report_s_discrepancies_and_reads_pairs_with_the_pipeline_s_classifier()
    {
        var classifier = new Mock<IRelationClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(new Relation
        {
            Label = RelationLabel.Contradiction,
            Confidence = 0.9f,
            Scores = RelationLabels.All.ToDictionary(l => l, l => l == RelationLabel.Contradiction ? 0.9f : 0.1f / 3),
        });
        var comparer = new Mock<IClaimComparer>();
        comparer.Setup(c => c.Compare(It.IsAny<IReadOnlyList<Claim>>(), It.IsAny<IReadOnlyList<Subject>>(), It.IsAny<IRelationClassifier>(), It.IsAny<IProgress<AnalysisProgress>?>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<Claim> claims, IReadOnlyList<Subject> subjects, IRelationClassifier reader, IProgress<AnalysisProgress>? _, CancellationToken _) =>
            {
                var relation = reader.Classify(claims[0].Content, claims[1].Content);
                return new ComparisonResult(
                [
                    new Discrepancy
                    {
                        Id = "d1", SubjectId = subjects[0].Id, ClaimA = claims[0], ClaimB = claims[1], Type = DiscrepancyType.General,
                        Confidence = relation.Confidence, Explanation = "the stage says so",
                    },
                ], []);
            });
        var pipeline = new ClaimDiffPipelineBuilder().Replace(classifier.Object).Replace(comparer.Object).Build();
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText("The council said the bridge will reopen on Friday after repairs.", publisher: "Gazette"),
            Article.FromText("The contractor said the bridge will reopen next month after repairs.", publisher: "Herald"),
        ], pipeline);
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.ClaimComparer, Is.SameAs(comparer.Object));
            Assert.That(report.Discrepancies.Single().Explanation, Is.EqualTo("the stage says so"));
            Assert.That(report.Discrepancies.Single().Confidence, Is.EqualTo(0.9f));
            classifier.Verify(c => c.Classify(report.Claims[0].Content, report.Claims[1].Content), Times.Once);
        });
    }

}
