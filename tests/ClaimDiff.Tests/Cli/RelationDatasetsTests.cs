using ClaimDiff.Comparison;
using ClaimDiff.Cli.Evaluation;

namespace ClaimDiff.Tests.Cli;

public class RelationDatasetsTests
{
    private static readonly string SharedData = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../../shared/data"));

    [Test]
    public void Reads_quoted_csv_fields_with_commas_quotes_and_line_breaks()
    {
        const string csv = "Body ID,articleBody\n1,\"First line,\nsecond \"\"quoted\"\" line\"\r\n2,plain\n";

        var rows = Csv.Read(new StringReader(csv)).ToList();

        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[1], Is.EqualTo(new[] { "1", "First line,\nsecond \"quoted\" line" }));
        Assert.That(rows[2], Is.EqualTo(new[] { "2", "plain" }));
    }

    [Test]
    public void Reads_a_last_record_without_a_final_line_break()
    {
        var rows = Csv.Read(new StringReader("a,b\n1,2")).ToList();

        Assert.That(rows[^1], Is.EqualTo(new[] { "1", "2" }));
    }

    [TestCase("a man is playing a guitar .", "A man is playing a guitar.")]
    [TestCase("the dog does n't bark , it 's asleep .", "The dog doesn't bark, it's asleep.")]
    [TestCase("a sign says `` stop '' .", "A sign says \"stop\".")]
    public void Detokenizes_ptb_text(string tokenized, string expected)
        => Assert.That(RelationDatasets.Detokenize(tokenized), Is.EqualTo(expected));

    [TestCase("mnli", "mnli_dev_matched.tsv", 9815)]
    [TestCase("anli", "anli_test_r1r2r3.tsv", 3200)]
    [TestCase("cad-snli", "cad_snli_test.tsv", 1600)]
    [TestCase("scitail", "scitail_test.tsv", 2126)]
    public void Reads_every_pair_of_an_nli_table(string folder, string file, int count)
    {
        if (!File.Exists(Path.Combine(SharedData, folder, file)))
            Assert.Ignore($"{folder} is not at {SharedData}; this test needs ../shared/data.");

        var pairs = RelationDatasets.NliTable(SharedData, folder, file);

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Has.Count.EqualTo(count));
            Assert.That(pairs.Select(p => p.Label), Has.None.EqualTo(RelationLabel.Unrelated));
            Assert.That(pairs.Select(p => p.Group).Distinct().Count(), Is.EqualTo(count));
        });
    }

    [Test]
    public void Reads_fnc1_train_with_all_49972_pairs()
    {
        if (!File.Exists(Path.Combine(SharedData, "fnc-1", "train_stances.csv")))
            Assert.Ignore($"FNC-1 is not at {SharedData}; this test needs ../shared/data.");

        var pairs = RelationDatasets.Fnc1(SharedData, "train");

        Assert.That(pairs, Has.Count.EqualTo(49_972));
        Assert.That(pairs.Count(p => p.Label == RelationLabel.Contradiction), Is.EqualTo(840));
    }

    [Test]
    public void Reads_emergent_with_all_2595_pairs()
    {
        if (!File.Exists(Path.Combine(SharedData, "emergent", "url-versions-2015-06-14-clean.csv")))
            Assert.Ignore($"Emergent is not at {SharedData}; this test needs ../shared/data.");

        var pairs = RelationDatasets.Emergent(SharedData);

        Assert.That(pairs, Has.Count.EqualTo(2_595));
        Assert.That(pairs.Count(p => p.Label == RelationLabel.Contradiction), Is.EqualTo(395));
        Assert.That(pairs.Count(p => p.Label == RelationLabel.Agreement), Is.EqualTo(1_238));
        Assert.That(pairs.Select(p => p.Group).Distinct().Count(), Is.EqualTo(300));
    }

    [Test]
    public void Trains_on_no_emergent_story_of_the_fnc1_test_and_evaluates_on_stories_it_did_not_train_on()
    {
        if (!Directory.Exists(Path.Combine(SharedData, "emergent")) || !Directory.Exists(Path.Combine(SharedData, "fnc-1")))
            Assert.Ignore($"Emergent and FNC-1 are not at {SharedData}; this test needs ../shared/data.");

        var (training, unseen) = global::ClaimDiff.Cli.Commands.RelationSets.EmergentSplit(SharedData);
        var testHeadlines = RelationDatasets.Fnc1(SharedData, "competition_test").Select(e => e.First.ToLowerInvariant()).ToHashSet();

        Assert.That(training, Is.Not.Empty);
        Assert.That(unseen, Is.Not.Empty);
        Assert.That(training.Select(e => e.Group).Intersect(unseen.Select(e => e.Group)), Is.Empty);
        Assert.That(training.Where(e => testHeadlines.Contains(e.Second.ToLowerInvariant())), Is.Empty);
    }

    [Test]
    public void Keeps_each_group_on_one_side_of_the_validation_split()
    {
        var examples = Enumerable.Range(0, 400)
            .Select(i => new RelationExample("a" + i, "b" + i, RelationLabel.Neutral, "g" + (i % 40)))
            .ToList();

        var (training, validation) = new ClaimDiffContext(7).Split(examples, 0.25);

        Assert.That(training.Count + validation.Count, Is.EqualTo(400));
        Assert.That(training.Select(e => e.Group).Intersect(validation.Select(e => e.Group)), Is.Empty);
        Assert.That(validation, Is.Not.Empty);
    }

    [Test]
    public void Pairs_the_headlines_of_one_story_that_take_sides()
    {
        var story = new List<RelationExample>
        {
            new("Rumour", "Outlet A confirms the rumour", RelationLabel.Agreement, "s:1"),
            new("Rumour", "Outlet B confirms it too", RelationLabel.Agreement, "s:1"),
            new("Rumour", "Outlet C calls it a hoax", RelationLabel.Contradiction, "s:1"),
            new("Rumour", "Outlet D reports the claim", RelationLabel.Neutral, "s:1"),
            new("Rumour", "Outlet E reports the claim as well", RelationLabel.Neutral, "s:1"),
            new("Other rumour", "Outlet F confirms another thing", RelationLabel.Agreement, "s:2"),
        };

        var pairs = global::ClaimDiff.Cli.Commands.RelationSets.HeadlinePairs(story);

        static bool Joins(RelationExample e, string a, string b) => (e.First == a && e.Second == b) || (e.First == b && e.Second == a);
        Assert.That(pairs, Has.Count.EqualTo(3));
        Assert.That(pairs.Single(e => Joins(e, "Outlet A confirms the rumour", "Outlet B confirms it too")).Label, Is.EqualTo(RelationLabel.Agreement));
        Assert.That(pairs.Single(e => Joins(e, "Outlet B confirms it too", "Outlet C calls it a hoax")).Label, Is.EqualTo(RelationLabel.Contradiction));
        Assert.That(pairs.Single(e => Joins(e, "Outlet A confirms the rumour", "Outlet C calls it a hoax")).Label, Is.EqualTo(RelationLabel.Contradiction));
        Assert.That(pairs.Where(e => e.First.Contains("reports") || e.Second.Contains("reports")), Is.Empty);
        Assert.That(pairs.Select(e => e.Group).Distinct(), Is.EqualTo(new[] { "s:1" }));
    }
}
