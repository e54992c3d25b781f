using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Conflicts;
using Moq;

namespace ClaimDiff.Tests.Comparison.Conflicts;

public class ConflictDetectorTests
{
    /// <summary>A conflict type the library does not have: one account says people died, the other that they were hurt.</summary>
    private sealed class OutcomeConflictDetector : IConflictDetector
    {
        public static readonly DiscrepancyType Outcome = new("outcome", "One account says people died where the other says they were hurt.");

        public DiscrepancyType Type => Outcome;

        public ConflictEvidence? Find(ClaimPair pair)
        {
            var (a, b) = (pair.First.Content, pair.Second.Content);
            return Span(a, "killed") is { } died && Span(b, "injured") is { } hurt ? new ConflictEvidence(Outcome, died, hurt, "killed vs injured")
                : Span(a, "injured") is { } hurtA && Span(b, "killed") is { } diedB ? new ConflictEvidence(Outcome, hurtA, diedB, "injured vs killed")
                : null;
        }

        public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair) => EvidenceStrength.Pinpointed;

        private static TextRange? Span(string text, string word)
            => text.IndexOf(word, StringComparison.Ordinal) is var i and >= 0 ? new TextRange(i, i + word.Length) : null;
    }

    /// <summary>A classifier that finds no evidence and judges every pair as <paramref name="label"/> with the given contradiction probability.</summary>
    private static Mock<IRelationClassifier> Classifier(RelationLabel label, float contradiction)
    {
        var classifier = new Mock<IRelationClassifier>();
        var rest = (1 - contradiction) / 3;
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(new Relation
        {
            Label = label,
            Confidence = label == RelationLabel.Contradiction ? contradiction : rest,
            Scores = RelationLabels.All.ToDictionary(l => l, l => l == RelationLabel.Contradiction ? contradiction : rest),
        });
        return classifier;
    }

    private static string Slice(Claim claim, TextRange range) => claim.Content[range.Start..range.End];

    [Test]
    public async Task A_conflict_type_added_through_the_builder_alone_reaches_the_report_with_its_spans()
    {
        var pipeline = new ClaimDiffPipelineBuilder()
            .Replace(Classifier(RelationLabel.Neutral, 0.4f).Object)
            .UseConflictDetector<OutcomeConflictDetector>()
            .Build();
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText("Police said two workers were killed in the blast at the chemical plant on Monday.", publisher: "Valley Post"),
            Article.FromText("The company said two workers were injured in the blast at the chemical plant on Monday.", publisher: "County Wire"),
        ], pipeline);

        var d = report.Discrepancies.Single();
        var json = new StringWriter();
        pipeline.ReportWriters["json"].Write(report, json);
        var markdown = new StringWriter();
        pipeline.ReportWriters["md"].Write(report, markdown);
        Assert.Multiple(() =>
        {
            Assert.That(d.Type, Is.EqualTo(OutcomeConflictDetector.Outcome));
            Assert.That(d.Evidence[0].Type.Name, Is.EqualTo("outcome"));
            Assert.That(Slice(d.ClaimA, d.Evidence[0].First), Is.EqualTo("killed"));
            Assert.That(Slice(d.ClaimB, d.Evidence[0].Second), Is.EqualTo("injured"));
            Assert.That(json.ToString(), Does.Contain("\"type\": \"outcome\""));
            Assert.That(markdown.ToString(), Does.Contain("outcome conflict"));
        });
    }

    [Test]
    public async Task A_mocked_classifier_still_gets_the_built_in_detectors_typed_evidence()
    {
        var pipeline = new ClaimDiffPipelineBuilder().Replace(Classifier(RelationLabel.Contradiction, 0.8f).Object).Build();
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText("The ministry said the export ban applies only to military users in Japan.", publisher: "Wire"),
            Article.FromText("The newspaper reported the export ban applies broadly to users in Japan.", publisher: "Journal"),
        ], pipeline);

        var d = report.Discrepancies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Type, Is.EqualTo(DiscrepancyType.Scope));
            Assert.That(Slice(d.ClaimA, d.Evidence[0].First), Is.EqualTo("only"));
            Assert.That(Slice(d.ClaimB, d.Evidence[0].Second), Is.EqualTo("broadly"));
        });
    }

    [Test]
    public async Task Removing_a_detector_removes_its_conflicts_from_the_report()
    {
        var builder = new ClaimDiffPipelineBuilder().Replace(Classifier(RelationLabel.Neutral, 0.4f).Object);
        Assert.That(builder.ConflictDetectors.Remove<ScopeConflictDetector>(), Is.True);
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText("The ministry said the export ban applies only to military users in Japan.", publisher: "Wire"),
            Article.FromText("The newspaper reported the export ban applies broadly to users in Japan.", publisher: "Journal"),
        ], builder.Build());
        Assert.That(report.Discrepancies.SelectMany(d => d.Evidence).Select(e => e.Type), Has.None.EqualTo(DiscrepancyType.Scope));
    }

    [Test]
    public void The_collection_keeps_one_detector_per_type_and_inserts_before_a_named_detector()
    {
        var detectors = ConflictDetectorCollection.CreateDefault();
        detectors.InsertBefore<NumericConflictDetector>(new OutcomeConflictDetector());
        var builder = new ClaimDiffPipelineBuilder();
        var numeric = new NumericConflictDetector();
        builder.UseConflictDetector(numeric);
        Assert.Multiple(() =>
        {
            Assert.That(detectors.Select(d => d.Type.Name).Take(3), Is.EqualTo(new[] { "scope", "outcome", "numeric" }));
            var e = Assert.Throws<ArgumentException>(() => detectors.Add(new NumericConflictDetector()));
            Assert.That(e!.Message, Does.Contain("'numeric'"));
            Assert.Throws<ArgumentNullException>(() => detectors.Add(null!));
            Assert.That(builder.ConflictDetectors[1], Is.SameAs(numeric), "a detector of a type already there takes its place");
            Assert.That(builder.ConflictDetectors, Has.Count.EqualTo(8));
        });
    }

    [Test]
    public void The_built_in_detectors_find_and_weigh_their_own_types_on_a_pair()
    {
        var a = new Claim { Id = "c1", ArticleId = "a1", Source = "Police", Text = "", Content = "Police said 40 people were evacuated from the tower on Friday." };
        var b = new Claim { Id = "c2", ArticleId = "a2", Source = "Council", Text = "", Content = "The council said 75 people were evacuated from the tower on Friday." };
        var pair = new ClaimPair(a, b, 0.7f);
        var found = new NumericConflictDetector().Find(pair);
        Assert.Multiple(() =>
        {
            Assert.That(found?.Type, Is.EqualTo(DiscrepancyType.Numeric));
            Assert.That(Slice(a, found!.First), Is.EqualTo("40"));
            Assert.That(Slice(b, found.Second), Is.EqualTo("75"));
            Assert.That(new NumericConflictDetector().Weigh(found, pair), Is.EqualTo(EvidenceStrength.Pinpointed));
            Assert.That(new EntityConflictDetector().Weigh(found with { Type = DiscrepancyType.Entity }, pair), Is.EqualTo(EvidenceStrength.Unplaced));
            Assert.That(new ScopeConflictDetector().Find(pair), Is.Null);
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ClaimPair(a, b, 1.5f));
        });
    }
}
