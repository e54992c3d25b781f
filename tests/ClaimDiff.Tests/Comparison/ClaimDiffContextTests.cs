using Moq;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Comparison;

public class ClaimDiffContextTests
{
    // A tiny fixture written for this test: enough for the trainer to run, not to learn anything useful.
    private static List<RelationExample> Fixture()
    {
        var examples = new List<RelationExample>();
        for (var i = 0; i < 40; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            examples.Add(new RelationExample($"The plant in town {n} will open in May.", $"The plant in town {n} will open in May, officials said.", RelationLabel.Agreement));
            examples.Add(new RelationExample($"The plant in town {n} will open in May.", $"The plant in town {n} will not open, officials denied the report.", RelationLabel.Contradiction));
            examples.Add(new RelationExample($"The plant in town {n} will open in May.", $"Officials discussed the plant in town {n} and its workers.", RelationLabel.Neutral));
            examples.Add(new RelationExample($"The plant in town {n} will open in May.", "A football match ended in a draw on Sunday.", RelationLabel.Unrelated));
        }
        return examples;
    }

    [Test]
    public void Trains_saves_and_loads_a_model_that_gives_the_same_scores()
    {
        var frequencies = DocumentFrequencies.Build(Fixture().Select(e => e.Second), minCount: 1);
        var context = new ClaimDiffContext(1);
        var classifier = context.Relations.Train(Fixture(), frequencies, new RelationTrainingOptions { NumberOfTrees = 10, NumberOfLeaves = 4 });
        using var stream = new MemoryStream();

        context.Relations.Save(classifier, stream);
        stream.Position = 0;
        var loaded = RelationClassifier.Load(stream, frequencies);

        var pair = Fixture()[1];
        Assert.That(loaded.Classify(pair.First, pair.Second).Scores, Is.EquivalentTo(classifier.Classify(pair.First, pair.Second).Scores));
    }

    [Test]
    public void Learns_words_that_the_pair_features_cannot_see_when_word_features_are_on()
    {
        // Two made-up words that WordNet does not know: the pair features of the two kinds of pair are identical,
        // so only the word features can tell them apart.
        static List<RelationExample> Pairs(int from, int to) => [.. Enumerable.Range(from, to - from).SelectMany(i => new[]
        {
            new RelationExample($"The harbour in district {i} reopened.", $"The harbour in district {i} reopened zorplike.", RelationLabel.Agreement, $"t:{i}"),
            new RelationExample($"The harbour in district {i} reopened.", $"The harbour in district {i} reopened quibwise.", RelationLabel.Contradiction, $"t:{i}"),
        })];
        var frequencies = DocumentFrequencies.Build(Pairs(0, 60).Select(e => e.Second), minCount: 1);
        var options = new RelationTrainingOptions { NumberOfTrees = 20, NumberOfLeaves = 4 };

        var classifier = new ClaimDiffContext(5).Relations.Train(Pairs(0, 60), frequencies, options);

        Assert.That(Pairs(100, 104).Select(e => classifier.Classify(e.First, e.Second).Label), Is.EqualTo(Pairs(100, 104).Select(e => e.Label)));
    }

    // Made-up words WordNet does not know, so that only the word pairs learnt from the explanations tell the labels apart.
    private static List<RelationExample> ExplainedPairs(int from, int to, bool explained) => [.. Enumerable.Range(from, to - from).SelectMany(i => new[]
    {
        new RelationExample($"The crew in district {i} is zorping.", $"The crew in district {i} is quibbing.", RelationLabel.Contradiction, $"t:{i}")
        {
            Explanations = explained ? ["A crew cannot be zorping and quibbing at once."] : null,
        },
        new RelationExample($"The crew in district {i} is zorping.", $"The crew in district {i} is flarking.", RelationLabel.Agreement, $"t:{i}")
        {
            Explanations = explained ? ["Zorping is a way of flarking."] : null,
        },
    })];

    [Test]
    public void Learns_word_pairs_from_explanations_and_keeps_them_in_the_saved_model()
    {
        var frequencies = DocumentFrequencies.Build(ExplainedPairs(0, 60, true).Select(e => e.Second), minCount: 1);
        var options = new RelationTrainingOptions { NumberOfTrees = 20, NumberOfLeaves = 4, WordFeatures = false };
        var context = new ClaimDiffContext(5);
        var classifier = context.Relations.Train(ExplainedPairs(0, 60, true), frequencies, options);
        using var stream = new MemoryStream();
        context.Relations.Save(classifier, stream);
        stream.Position = 0;

        var loaded = RelationClassifier.Load(stream, frequencies);

        var unseen = ExplainedPairs(100, 104, explained: false);
        Assert.Multiple(() =>
        {
            Assert.That(unseen.Select(e => classifier.Classify(e.First, e.Second).Label), Is.EqualTo(unseen.Select(e => e.Label)));
            Assert.That(unseen.Select(e => loaded.Classify(e.First, e.Second).Label), Is.EqualTo(unseen.Select(e => e.Label)));
        });
    }

    [Test]
    public void Without_explanations_the_same_pairs_cannot_be_told_apart()
    {
        var frequencies = DocumentFrequencies.Build(ExplainedPairs(0, 60, false).Select(e => e.Second), minCount: 1);
        var options = new RelationTrainingOptions { NumberOfTrees = 20, NumberOfLeaves = 4, WordFeatures = false };

        var classifier = new ClaimDiffContext(5).Relations.Train(ExplainedPairs(0, 60, false), frequencies, options);

        var unseen = ExplainedPairs(100, 102, explained: false);
        Assert.That(classifier.Classify(unseen[0].First, unseen[0].Second).Scores, Is.EquivalentTo(classifier.Classify(unseen[1].First, unseen[1].Second).Scores));
    }

    [Test]
    public void Refuses_a_model_zip_without_its_word_pair_table()
    {
        var frequencies = DocumentFrequencies.Build(Fixture().Select(e => e.Second), minCount: 1);
        var context = new ClaimDiffContext(1);
        var classifier = context.Relations.Train(Fixture(), frequencies, new RelationTrainingOptions { NumberOfTrees = 5, NumberOfLeaves = 4 });
        using var stream = new MemoryStream();
        context.Relations.Save(classifier, stream);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            zip.Entries.Single(e => e.FullName.EndsWith("word-pairs.tsv", StringComparison.Ordinal)).Delete();
        stream.Position = 0;

        var error = Assert.Throws<ModelLoadException>(() => RelationClassifier.Load(stream, frequencies));

        Assert.That(error!.Message, Does.Contain("word-pairs.tsv"));
    }

    [Test]
    public void Trains_the_same_model_twice_with_the_same_seed()
    {
        var frequencies = DocumentFrequencies.Build(Fixture().Select(e => e.Second), minCount: 1);
        var options = new RelationTrainingOptions { NumberOfTrees = 10, NumberOfLeaves = 4 };

        var first = new ClaimDiffContext(3).Relations.Train(Fixture(), frequencies, options);
        var second = new ClaimDiffContext(3).Relations.Train(Fixture(), frequencies, options);

        var pair = Fixture()[2];
        Assert.That(second.Classify(pair.First, pair.Second).Scores, Is.EquivalentTo(first.Classify(pair.First, pair.Second).Scores));
    }

    [Test]
    public void Evaluates_a_mocked_classifier_into_per_label_metrics()
    {
        var classifier = new Moq.Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify(Moq.It.IsAny<string>(), Moq.It.IsAny<string>()))
            .Returns(new Relation { Label = RelationLabel.Neutral, Confidence = 1, Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Neutral] = 1 } });
        var examples = new[]
        {
            new RelationExample("a", "b", RelationLabel.Neutral),
            new RelationExample("a", "c", RelationLabel.Contradiction),
        };

        var evaluation = new ClaimDiffContext().Relations.Evaluate(classifier.Object, examples);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Accuracy, Is.EqualTo(0.5));
            Assert.That(evaluation.Confusion(RelationLabel.Contradiction, RelationLabel.Neutral), Is.EqualTo(1));
            Assert.That(evaluation.PerLabel[RelationLabel.Neutral].Precision, Is.EqualTo(0.5));
            Assert.That(evaluation.PerLabel[RelationLabel.Contradiction].Recall, Is.EqualTo(0));
            Assert.That(evaluation.Relations.Select(r => r.Label), Is.EqualTo(new[] { RelationLabel.Neutral, RelationLabel.Neutral }));
            // Sure of every answer, right on half: as overconfident as can be.
            Assert.That(evaluation.MeanConfidence, Is.EqualTo(1));
            Assert.That(evaluation.ExpectedCalibrationError, Is.EqualTo(0.5).Within(1e-9));
        });
    }

    [Test]
    public void Finds_no_calibration_error_when_confidence_matches_accuracy()
    {
        var classifier = new Moq.Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify(Moq.It.IsAny<string>(), Moq.It.IsAny<string>()))
            .Returns(new Relation { Label = RelationLabel.Neutral, Confidence = 0.5f, Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Neutral] = 0.5f } });
        var examples = new[] { new RelationExample("a", "b", RelationLabel.Neutral), new RelationExample("a", "c", RelationLabel.Agreement) };

        var evaluation = new ClaimDiffContext().Relations.Evaluate(classifier.Object, examples);

        Assert.That(evaluation.ExpectedCalibrationError, Is.EqualTo(0).Within(1e-9));
    }

    [Test]
    public void Rejects_an_empty_training_set()
    {
        var frequencies = DocumentFrequencies.Build(["a b"], minCount: 1);

        Assert.Throws<ArgumentException>(() => new ClaimDiffContext().Relations.Train([], frequencies));
    }

    [TestCase(0.8, false)]
    [TestCase(1.0, true)]
    public void Draws_each_tree_s_sample_from_the_seed(double fraction, bool sameModel)
    {
        var frequencies = DocumentFrequencies.Build(Fixture().Select(e => e.Second), minCount: 1);
        var options = new RelationTrainingOptions { NumberOfTrees = 10, NumberOfLeaves = 4, SampleFraction = fraction };

        var first = new ClaimDiffContext(3).Relations.Train(Fixture(), frequencies, options);
        var second = new ClaimDiffContext(4).Relations.Train(Fixture(), frequencies, options);

        var pair = Fixture()[2];
        var (a, b) = (first.Classify(pair.First, pair.Second).Scores, second.Classify(pair.First, pair.Second).Scores);
        Assert.That(a.OrderBy(kv => kv.Key).Select(kv => kv.Value).SequenceEqual(b.OrderBy(kv => kv.Key).Select(kv => kv.Value)), Is.EqualTo(sameModel));
    }

    [TestCase(0.0)]
    [TestCase(1.5)]
    public void Rejects_a_sample_fraction_outside_a_tenth_to_one(double fraction)
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new RelationTrainingOptions { SampleFraction = fraction });

    private static Relation Predicted(RelationLabel label, params float[] scores) => new()
    {
        Label = label,
        Confidence = scores[(int)label],
        Scores = RelationLabels.All.ToDictionary(l => l, l => scores[(int)l]),
    };

    [Test]
    public void Maps_a_prediction_outside_a_sets_labels_into_them()
    {
        var classifier = new Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify("nli", It.IsAny<string>())).Returns(Predicted(RelationLabel.Unrelated, 0.1f, 0.2f, 0.3f, 0.4f));
        classifier.Setup(c => c.Classify("two-way", It.IsAny<string>())).Returns(Predicted(RelationLabel.Contradiction, 0.7f, 0.2f, 0.05f, 0.05f));
        classifier.Setup(c => c.Classify("four-way", It.IsAny<string>())).Returns(Predicted(RelationLabel.Unrelated, 0.1f, 0.2f, 0.3f, 0.4f));
        var context = new ClaimDiffContext(1);

        var nli = context.Relations.Evaluate(classifier.Object, [new("nli", "x", RelationLabel.Neutral), new("nli", "y", RelationLabel.Contradiction)]);
        var twoWay = context.Relations.Evaluate(classifier.Object, [new("two-way", "x", RelationLabel.Neutral), new("two-way", "y", RelationLabel.Agreement)]);
        var fourWay = context.Relations.Evaluate(classifier.Object, [new("four-way", "x", RelationLabel.Unrelated), new("four-way", "y", RelationLabel.Neutral)]);

        Assert.Multiple(() =>
        {
            Assert.That(nli.Relations.Select(r => r.Label), Is.All.EqualTo(RelationLabel.Neutral), "the most likely of the set's labels");
            Assert.That(nli.Relations[0].Confidence, Is.EqualTo(0.3f));
            Assert.That(twoWay.Relations.Select(r => r.Label), Is.All.EqualTo(RelationLabel.Neutral), "not agreement is neutral on an entailment set");
            Assert.That(fourWay.Relations.Select(r => r.Label), Is.All.EqualTo(RelationLabel.Unrelated), "a set with every label is left alone");
            Assert.That(nli.Accuracy, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void Rejects_a_class_weight_power_above_one()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new RelationTrainingOptions { ClassWeightPower = 2 });
}
