using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Datasets;

namespace ClaimDiff.Tests.Comparison;

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
}
