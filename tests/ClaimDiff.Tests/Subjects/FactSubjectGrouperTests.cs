using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Subjects;

public class FactSubjectGrouperTests
{
    /// <summary>A relation model that reads pairs from a table (either order), everything else as unrelated, and counts what it reads.</summary>
    private sealed class TableModel(Dictionary<(string, string), RelationLabel> table) : IRelationClassifier
    {
        public int Read;

        public Relation Classify(string first, string second)
        {
            Interlocked.Increment(ref Read);
            var label = table.TryGetValue((first, second), out var l) || table.TryGetValue((second, first), out l) ? l : RelationLabel.Unrelated;
            return new Relation { Label = label, Confidence = 0.9f, Scores = new Dictionary<RelationLabel, float> { [label] = 0.9f, [RelationLabel.Neutral] = label == RelationLabel.Neutral ? 0.9f : 0.1f } };
        }
    }

    private const string TollA = "Four people died after the river burst its banks in the market town, police said.";
    private const string TollB = "Seven people were killed when floods swept through the market town.";
    private const string TollC = "The floods in the market town claimed four lives, the mayor said.";
    private const string Homes = "About 340 homes in the market town were flooded when the river burst its banks.";
    private const string Cup = "The football club won the cup final after extra time on Saturday.";

    private static Claim NewClaim(int n, string article, string text) => new() { Id = "c" + n, ArticleId = article, Text = text, Content = text, Source = "s" + n };

    private static readonly Dictionary<(string, string), RelationLabel> Table = new()
    {
        [(TollA, TollB)] = RelationLabel.Contradiction,
        [(TollA, TollC)] = RelationLabel.Agreement,
        [(TollB, TollC)] = RelationLabel.Contradiction,
        // Same event, another fact, many words shared: a topic, not a fact.
        [(TollA, Homes)] = RelationLabel.Neutral,
        [(TollB, Homes)] = RelationLabel.Neutral,
        [(TollC, Homes)] = RelationLabel.Neutral,
    };

    private static List<Claim> Claims() => [NewClaim(1, "a1", TollA), NewClaim(2, "a2", Homes), NewClaim(3, "a2", TollB), NewClaim(4, "a3", TollC), NewClaim(5, "a3", Cup)];

    [Test]
    public void Puts_claims_the_model_reads_as_one_fact_together_and_another_fact_of_the_event_apart()
    {
        var subjects = new FactSubjectGrouper(new TableModel(Table), new SubjectOptions()).Group(Claims());
        Assert.That(subjects.Select(s => s.ClaimIds), Is.EqualTo(new[] { new[] { "c1", "c3", "c4" }, new[] { "c2" }, new[] { "c5" } }));
        Assert.That(subjects.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2", "s3" }));
    }

    [Test]
    public void Claims_of_articles_about_different_events_are_never_one_fact()
    {
        // The model (wrongly) reads the two as one fact; their articles share no event, so the pair is not even read.
        const string Strike = "Police said four dock workers walked out at the port on Monday, far from the market town.";
        var table = new Dictionary<(string, string), RelationLabel> { [(TollA, Strike)] = RelationLabel.Contradiction };
        List<Claim> claims =
        [
            NewClaim(1, "flood", TollA), NewClaim(2, "flood", Homes), NewClaim(3, "port", Strike),
            NewClaim(4, "port", "The union said the strike by dock workers at the port would last a week."),
            NewClaim(5, "port", "Shipping lines diverted container vessels to other harbours during the dock strike."),
            NewClaim(6, "flood", "Rescue boats pulled residents from flooded homes as the river rose overnight."),
        ];
        var model = new TableModel(table);
        var apart = new FactSubjectGrouper(model, new SubjectOptions()).Group(claims);
        var grouper = new FactSubjectGrouper(new TableModel(table), new SubjectOptions { EventThreshold = 0 });
        var together = grouper.Group(claims);
        Assert.Multiple(() =>
        {
            Assert.That(grouper.Events(claims, default).Values.Distinct().Count(), Is.EqualTo(1), "threshold 0: one event");
            Assert.That(new FactSubjectGrouper(model, new SubjectOptions()).Events(claims, default), Is.EqualTo(new Dictionary<string, int> { ["flood"] = 0, ["port"] = 1 }).Or.EqualTo(new Dictionary<string, int> { ["flood"] = 1, ["port"] = 0 }));
            Assert.That(apart.Single(s => s.ClaimIds.Contains("c1")).ClaimIds, Is.EqualTo(new[] { "c1" }));
            Assert.That(together.Single(s => s.ClaimIds.Contains("c1")).ClaimIds, Is.EqualTo(new[] { "c1", "c3" }));
            Assert.That(apart.Where(s => s.ClaimIds.Any(c => c is "c1" or "c2" or "c6")).Select(s => s.Event).Distinct(), Is.EqualTo(new[] { "e1" }), "the flood's facts are one event, numbered first");
            Assert.That(apart.Where(s => s.ClaimIds.Any(c => c is "c3" or "c4" or "c5")).Select(s => s.Event).Distinct(), Is.EqualTo(new[] { "e2" }));
            Assert.That(together.Select(s => s.Event).Distinct(), Is.EqualTo(new[] { "e1" }));
        });
    }

    [Test]
    public void A_chain_of_links_does_not_join_two_facts()
    {
        // b is one fact with a and with c, but a and c are read as unrelated: the average over the three stays below 0.75.
        var table = new Dictionary<(string, string), RelationLabel> { [(TollA, TollB)] = RelationLabel.Agreement, [(TollB, TollC)] = RelationLabel.Agreement, [(TollA, TollC)] = RelationLabel.Unrelated };
        var subjects = new FactSubjectGrouper(new TableModel(table), new SubjectOptions { FactThreshold = 0.75 })
            .Group([NewClaim(1, "a1", TollA), NewClaim(2, "a2", TollB), NewClaim(3, "a3", TollC)]);
        Assert.That(subjects, Has.Count.EqualTo(2));
    }

    [Test]
    public void Reads_each_claim_only_with_its_nearest_claims_of_other_articles()
    {
        var model = new TableModel(Table);
        new FactSubjectGrouper(model, new SubjectOptions { FactNeighbours = 1 }).Group(Claims());
        // Five claims, one neighbour each, pairs of one article never read: at most five pairs.
        Assert.That(model.Read, Is.InRange(1, 5));
        var all = new TableModel(Table);
        new FactSubjectGrouper(all, new SubjectOptions()).Group(Claims());
        Assert.That(all.Read, Is.GreaterThan(model.Read));
    }

    [Test]
    public void Same_input_gives_the_same_subjects_and_an_empty_input_none()
    {
        var grouper = new FactSubjectGrouper(new TableModel(Table), new SubjectOptions());
        var first = grouper.Group(Claims()).Select(s => string.Join(",", s.ClaimIds)).ToList();
        var second = grouper.Group(Claims()).Select(s => string.Join(",", s.ClaimIds)).ToList();
        Assert.That(second, Is.EqualTo(first));
        Assert.That(grouper.Group([]), Is.Empty);
        Assert.Throws<ArgumentNullException>(() => grouper.Group(null!));
    }

    [Test]
    public void Options_reject_values_outside_their_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubjectOptions { FactNeighbours = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubjectOptions { FactThreshold = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubjectOptions { FactThreshold = 1.5 });
    }

    [Test]
    public void Cancellation_stops_grouping()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => new FactSubjectGrouper(new TableModel(Table), new SubjectOptions()).Group(Claims(), cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
