using ClaimDiff.Cli.Commands;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Comparison;

namespace ClaimDiff.Tests.Cli;

public class ReportScoresTests
{
    // Story s: the rumour (for), a headline for it, one against it, one observing; story t: one headline for its rumour.
    private static readonly StoryItem[] Items =
    [
        new("s", RelationLabel.Agreement), new("s", RelationLabel.Agreement), new("s", RelationLabel.Contradiction),
        new("s", RelationLabel.Neutral), new("t", RelationLabel.Agreement),
    ];

    [Test]
    public void Counts_for_against_pairs_as_conflicting_and_same_stance_pairs_as_agreeing()
    {
        var s = ReportScores.Compute(Items, [], []);
        Assert.Multiple(() =>
        {
            Assert.That(s.ConflictingPairs, Is.EqualTo(2));
            Assert.That(s.AgreeingPairs, Is.EqualTo(1));
            Assert.That(s.DiscrepancyRecall, Is.Zero);
        });
    }

    [Test]
    public void Scores_discrepancies_by_the_stances_of_their_texts_and_each_pair_once()
    {
        var s = ReportScores.Compute(Items,
            [(0, 2, "Denial"), (2, 0, "Denial"), (1, 2, "Negation"), (0, 1, "Numeric"), (0, 4, "Numeric"), (2, 3, "Denial")],
            [(0, 1), (1, 2)]);
        Assert.Multiple(() =>
        {
            Assert.That(s.DiscrepanciesFound, Is.EqualTo(2));
            Assert.That(s.DiscrepancyRecall, Is.EqualTo(1));
            Assert.That(s.DiscrepancyPrecision, Is.EqualTo(0.5));
            Assert.That(s.DiscrepancyPrecisionWithinStories, Is.EqualTo(2 / 3.0));
            Assert.That(s.AgreementsFlagged, Is.EqualTo(1));
            Assert.That(s.DiscrepanciesOnAmbiguousPairs, Is.EqualTo(1));
            Assert.That(s.DiscrepanciesByType["Numeric"], Is.EqualTo((0, 2)));
            Assert.That(s.DiscrepanciesByType["Denial"], Is.EqualTo((1, 0)));
            Assert.That(s.AgreementPrecision, Is.EqualTo(0.5));
            Assert.That(s.AgreementRecall, Is.EqualTo(1));
        });
    }

    [Test]
    public void Averages_recall_over_the_stories_with_conflicting_pairs()
    {
        // Story u: three headlines for the rumour and one against (3 conflicting pairs); story s as above (2 pairs).
        StoryItem[] items =
        [
            .. Items, new("u", RelationLabel.Agreement), new("u", RelationLabel.Agreement), new("u", RelationLabel.Agreement), new("u", RelationLabel.Contradiction),
        ];
        var all = ReportScores.Compute(items, [(0, 2, "Denial"), (5, 8, "Denial"), (6, 8, "Denial"), (7, 8, "Denial")], []);
        var one = ReportScores.Compute(items, [(0, 2, "Denial")], []);
        Assert.Multiple(() =>
        {
            Assert.That(all.DiscrepancyRecall, Is.EqualTo(0.8));
            Assert.That(all.StoryAveragedRecall, Is.EqualTo(0.75));
            Assert.That(all.StoriesWithAConflictFound, Is.EqualTo(2));
            Assert.That(one.DiscrepancyRecall, Is.EqualTo(0.2));
            Assert.That(one.StoryAveragedRecall, Is.EqualTo(0.25));
            Assert.That(one.StoriesWithAConflictFound, Is.EqualTo(1));
        });
    }

    [Test]
    public void Makes_each_rumour_once_and_each_headline_a_claim_of_its_own_source()
    {
        var (claims, items) = ReportEvaluationCommand.Stories(
        [
            new RelationExample("A whale was found in the lake", "Whale found in lake", RelationLabel.Agreement, "s"),
            new RelationExample("A whale was found in the lake", "Lake whale is a hoax", RelationLabel.Contradiction, "s"),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Content), Is.EqualTo(new[] { "A whale was found in the lake", "Whale found in lake", "Lake whale is a hoax" }));
            Assert.That(claims.Select(c => c.Source).Distinct().Count(), Is.EqualTo(3));
            Assert.That(items.Select(i => i.Stance), Is.EqualTo(new[] { RelationLabel.Agreement, RelationLabel.Agreement, RelationLabel.Contradiction }));
        });
    }
}
