using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;
using Moq;

namespace ClaimDiff.Tests.Comparison;

public class SubjectComparerTests
{
    private static readonly Relation Contradiction = new()
    {
        Label = RelationLabel.Contradiction,
        Confidence = 0.9f,
        Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Contradiction] = 0.9f, [RelationLabel.Neutral] = 0.1f },
        Type = DiscrepancyType.Scope,
        Evidence = [new ConflictEvidence(DiscrepancyType.Scope, new TextRange(0, 4), new TextRange(0, 7), "only versus broadly")],
    };

    private static Claim NewClaim(int n, string source, string content, int start)
        => new() { Id = "c" + n, ArticleId = "a1", Text = content, Content = content, Source = source, Start = start };

    private static (IReadOnlyList<Discrepancy> Discrepancies, Mock<IRelationClassifier> Classifier) Compare(params Claim[] claims)
    {
        var classifier = new Mock<IRelationClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(Contradiction);
        var subject = new Subject { Id = "s1", Label = "export curbs", ClaimIds = claims.Select(c => c.Id).ToList(), RepresentativeClaimId = claims[0].Id };
        var (discrepancies, _) = new SubjectComparer(classifier.Object, new ComparisonOptions()).Compare(claims, [subject], null, CancellationToken.None);
        return (discrepancies, classifier);
    }

    [Test]
    public void Compares_only_claims_from_different_sources()
    {
        var (discrepancies, classifier) = Compare(
            NewClaim(1, "The ministry", "Only military users are covered.", 0),
            NewClaim(2, "the Ministry", "All exports are reviewed.", 40),
            NewClaim(3, "The Journal", "Curbs apply broadly.", 80));
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Exactly(2));
            Assert.That(discrepancies.Select(d => (d.ClaimA.Id, d.ClaimB.Id)), Is.EqualTo(new[] { ("c1", "c3"), ("c2", "c3") }));
        });
    }

    [Test]
    public void Compares_a_claim_a_source_repeats_once_through_its_first_statement()
    {
        var claims = Enumerable.Range(1, 500).Select(i => NewClaim(i, "The ministry", "Only military users are covered.", i * 40))
            .Append(NewClaim(501, "The Journal", "Curbs apply broadly.", 30_000)).ToArray();
        var (discrepancies, classifier) = Compare(claims);
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
            Assert.That(discrepancies.Single().ClaimA.Id, Is.EqualTo("c1"));
        });
    }
}
