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
        => Compare(Contradiction, claims);

    private static (IReadOnlyList<Discrepancy> Discrepancies, Mock<IRelationClassifier> Classifier) Compare(Relation relation, params Claim[] claims)
    {
        var classifier = new Mock<IRelationClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(relation);
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

    /// <summary>Compares claim <paramref name="a"/> of one source with claim <paramref name="b"/> of another, the classifier finding one conflict.</summary>
    private static IReadOnlyList<Discrepancy> CompareWithEvidence(string a, string b, DiscrepancyType type, float confidence, TextRange inA, TextRange inB)
    {
        var relation = Contradiction with
        {
            Confidence = confidence,
            Type = type,
            Evidence = [new ConflictEvidence(type, inA, inB, $"{a[inA.Start..inA.End]} vs {b[inB.Start..inB.End]}")],
        };
        return Compare(relation, NewClaim(1, "The agency", a, 0), NewClaim(2, "The Journal", b, 50)).Discrepancies;
    }

    [TestCase(0.8f, false)]
    [TestCase(0.95f, true)]
    public void Reports_a_negation_against_a_whole_claim_only_when_the_classifier_is_sure(float confidence, bool reported)
    {
        const string a = "The agency has not made the figures public.", b = "Chlorine bombs are easy to build.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, confidence, new TextRange(15, 23), new TextRange(0, b.Length));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [Test]
    public void Reports_a_negation_pinned_to_the_same_word_on_both_sides()
    {
        const string a = "Officials have not banned the exports.", b = "Officials banned the exports in May.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(15, 25), new TextRange(10, 16));
        Assert.That(discrepancies.Single().Type, Is.EqualTo(DiscrepancyType.Negation));
    }

    [Test]
    public void Does_not_take_opposite_function_words_for_a_conflict()
    {
        const string a = "He left the office before the storm.", b = "The roads closed after the storm hit.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f, new TextRange(19, 25), new TextRange(17, 22));
        Assert.That(discrepancies, Is.Empty);
    }
}
