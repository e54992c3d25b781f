using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Claims;

/// <summary>
/// The annotated fixture set (Fixtures/attribution.json, written by the team) as a regression guard: a change to the
/// extractor must not lower the scores <c>claimdiff evaluate claims</c> reports on it.
/// </summary>
public class AttributionFixtureTests
{
    private static readonly string Fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Claims", "Fixtures", "attribution.json");

    [Test]
    public void Scores_quote_annotated_stories_by_the_claim_that_covers_each_quote()
    {
        var blind = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "attribution", "tuned.json");
        var e = ClaimEvaluation.Run(Path.GetFullPath(blind), new ClaimExtractor(), new SentenceSegmenter());
        Assert.Multiple(() =>
        {
            Assert.That(e.Expected, Is.EqualTo(126));
            Assert.That(e.Recall, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", e.Misses));
            Assert.That(e.Precision, Is.LessThanOrEqualTo(1.0), "several quotes of one sentence share one claim");
            Assert.That(ClaimEvaluation.Ratio(e.Source), Is.GreaterThanOrEqualTo(0.9), "the figure in docs/benchmarks.md is 0.935");
        });
    }

    [Test]
    public void Keeps_claim_recall_and_source_accuracy_on_the_annotated_fixtures()
    {
        var e = ClaimEvaluation.Run(Fixtures, new ClaimExtractor(), new SentenceSegmenter());
        Assert.Multiple(() =>
        {
            Assert.That(e.Expected, Is.GreaterThanOrEqualTo(60));
            Assert.That(e.Recall, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", e.Misses));
            Assert.That(e.Precision, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", e.Misses));
            Assert.That(ClaimEvaluation.Ratio(e.Source), Is.GreaterThanOrEqualTo(0.95), string.Join("\n", e.Misses));
            Assert.That(ClaimEvaluation.Ratio(e.Modality), Is.GreaterThanOrEqualTo(0.95), string.Join("\n", e.Misses));
            Assert.That(ClaimEvaluation.Ratio(e.Quantities), Is.GreaterThanOrEqualTo(0.9), string.Join("\n", e.Misses));
            Assert.That(ClaimEvaluation.Ratio(e.Dates), Is.GreaterThanOrEqualTo(0.9), string.Join("\n", e.Misses));
        });
    }
}
