using ClaimDiff.Cli.Evaluation;

namespace ClaimDiff.Tests.Cli;

public class ExtractionScoreTests
{
    [Test]
    public void Tokenises_word_runs_keeping_case_and_dropping_punctuation()
    {
        Assert.That(ExtractionScore.Tokenize("Don't stop—it's 3.5%, Café_au lait!"), Is.EqualTo(new[] { "Don", "t", "stop", "it", "s", "3", "5", "Café_au", "lait" }));
    }

    [Test]
    public void Scores_a_perfect_prediction_as_one()
    {
        var score = ExtractionScore.ScorePage("one two three four five", "one two  three, four five");
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.EqualTo(1));
            Assert.That(score.Recall, Is.EqualTo(1));
            Assert.That(score.Exact, Is.True);
        });
    }

    [Test]
    public void Counts_extra_shingles_against_precision_and_missing_ones_against_recall()
    {
        // truth: 5 tokens -> 2 shingles; prediction adds one token -> 3 shingles, 2 shared
        var score = ExtractionScore.ScorePage("a b c d e", "a b c d e f");
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(score.Recall, Is.EqualTo(1));
        });
    }

    [Test]
    public void Gives_short_texts_one_short_shingle_and_empty_texts_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExtractionScore.Shingles(["a", "b"]), Has.Count.EqualTo(1));
            Assert.That(ExtractionScore.Shingles([]), Is.Empty);
        });
    }

    [Test]
    public void Averages_precision_only_over_pages_with_a_prediction()
    {
        var pages = new[]
        {
            ExtractionScore.ScorePage("a b c d e", "a b c d e"),
            ExtractionScore.ScorePage("a b c d e", string.Empty),
        };
        var corpus = ExtractionScore.Aggregate(pages, resamples: 10);
        Assert.Multiple(() =>
        {
            Assert.That(corpus.Precision, Is.EqualTo(1));
            Assert.That(corpus.Recall, Is.EqualTo(0.5));
            Assert.That(corpus.F1, Is.EqualTo(2 * 0.5 / 1.5).Within(1e-12));
        });
    }
}
