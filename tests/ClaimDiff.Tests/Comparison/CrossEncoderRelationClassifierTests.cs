using ClaimDiff.Comparison;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Tests.Comparison;

public class CrossEncoderRelationClassifierTests
{
    private static CrossEncoderRelationClassifier Classifier => CrossEncoderRelationClassifier.Default;

    /// <summary>The pairs, token ids and PyTorch scores that tools/train-relation-model/export.py wrote for the shipped model.</summary>
    private static readonly Lazy<JObject> Reference = new(() => JObject.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Resources", "cross-encoder-reference.json"))));

    private static IEnumerable<TestCaseData> ReferencePairs()
        => Enumerable.Range(0, 8).Select(i => new TestCaseData(i).SetArgDisplayNames($"pair {i}"));

    [TestCaseSource(nameof(ReferencePairs))]
    public void Tokenizes_each_reference_pair_as_the_training_tokenizer_does(int index)
    {
        var pair = (JObject)Reference.Value["pairs"]![index]!;
        var (ids, types) = Classifier.EncodePair(Classifier.Ids((string)pair["a"]!), Classifier.Ids((string)pair["b"]!));

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(pair["input_ids"]!.Select(t => (int)t)));
            Assert.That(types, Is.EqualTo(pair["token_type_ids"]!.Select(t => (int)t)));
        });
    }

    [TestCaseSource(nameof(ReferencePairs))]
    public void Scores_each_reference_pair_as_PyTorch_does_within_1e_4(int index)
    {
        var pair = (JObject)Reference.Value["pairs"]![index]!;
        var relation = Classifier.Classify((string)pair["a"]!, (string)pair["b"]!);
        var expected = pair["relation"]!.Select(t => (float)t).ToArray();

        Assert.That(RelationLabels.All.Select(l => relation.Scores[l]), Is.EqualTo(expected).Within(1e-4f));
    }

    [Test]
    public void Uses_the_tokens_the_model_was_exported_for()
        => Assert.That(Classifier.MaxTokens, Is.EqualTo((int)Reference.Value["max_tokens"]!));

    [Test]
    public void Gives_the_same_scores_batched_as_one_at_a_time()
    {
        var pairs = Reference.Value["pairs"]!.Select(p => ((string)p["a"]!, (string)p["b"]!)).ToList();
        var batched = Classifier.ClassifyAll(pairs);

        for (var i = 0; i < pairs.Count; i++)
        {
            var single = Classifier.Classify(pairs[i].Item1, pairs[i].Item2);
            Assert.That(RelationLabels.All.Select(l => batched[i].Scores[l]), Is.EqualTo(RelationLabels.All.Select(l => single.Scores[l])).Within(1e-5f), $"pair {i}");
        }
    }

    [Test]
    public void Gives_one_distribution_per_pair_that_sums_to_one()
    {
        var relation = Classifier.Classify("The mayor said the bridge will reopen in May.", "The bridge reopened last week.");

        Assert.Multiple(() =>
        {
            Assert.That(relation.Scores.Values.Sum(), Is.EqualTo(1f).Within(1e-4f));
            Assert.That(relation.Confidence, Is.EqualTo(relation.Scores[relation.Label]));
            Assert.That(relation.Type is null, Is.EqualTo(relation.Label != RelationLabel.Contradiction));
        });
    }

    [Test]
    public void Scores_an_article_by_the_sentences_that_share_most_with_the_claim()
    {
        const string claim = "The factory fire killed four workers on Monday.";
        const string contradicting = "Officials said nobody died in the factory fire on Monday.";
        const string agreeing = "Four workers died in the factory fire on Monday, officials said.";
        const string filler = "The town council met to discuss next year's budget. Rain is forecast for the weekend. The library reopens in May. A new bus route starts soon. ";

        var contradicted = Classifier.Classify(claim, filler + contradicting);
        var agreed = Classifier.Classify(claim, filler + agreeing);

        Assert.Multiple(() =>
        {
            Assert.That(contradicted.Scores[RelationLabel.Contradiction], Is.GreaterThan(agreed.Scores[RelationLabel.Contradiction]));
            Assert.That(agreed.Scores[RelationLabel.Agreement], Is.GreaterThan(contradicted.Scores[RelationLabel.Agreement]));
            Assert.That(contradicted.Scores.Values.Sum(), Is.EqualTo(1f).Within(1e-4f));
            Assert.That(contradicted.Evidence.All(e => e.Second.Start >= filler.Length), Is.True,
                "evidence spans point into the most contradicting sentence of the article");
        });
    }

    [Test]
    public void Is_safe_to_call_from_several_threads()
    {
        var pairs = Reference.Value["pairs"]!.Select(p => ((string)p["a"]!, (string)p["b"]!)).ToList();
        var expected = pairs.Select(p => Classifier.Classify(p.Item1, p.Item2).Scores[RelationLabel.Contradiction]).ToList();
        var results = new float[64];

        Parallel.For(0, results.Length, i => results[i] = Classifier.Classify(pairs[i % pairs.Count].Item1, pairs[i % pairs.Count].Item2).Scores[RelationLabel.Contradiction]);

        for (var i = 0; i < results.Length; i++)
            Assert.That(results[i], Is.EqualTo(expected[i % pairs.Count]).Within(1e-5f));
    }

    [Test]
    // Integer products round activations to 8 bits: on the reference pairs the shipped model moves by at most 0.023.
    public void Gives_nearly_the_same_scores_with_integer_products()
    {
        using var options = CrossEncoderRelationClassifier.IntegerSessionOptions();
        using var fast = CrossEncoderRelationClassifier.LoadEmbedded(options);
        var pairs = Reference.Value["pairs"]!.Select(p => ((string)p["a"]!, (string)p["b"]!)).ToList();

        var exact = Classifier.ClassifyAll(pairs);
        var approximate = fast.ClassifyAll(pairs);

        for (var i = 0; i < pairs.Count; i++)
            Assert.That(RelationLabels.All.Select(l => approximate[i].Scores[l]), Is.EqualTo(RelationLabels.All.Select(l => exact[i].Scores[l])).Within(0.03f), $"pair {i}");
    }

    [Test]
    public void Rejects_null_texts_and_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => Classifier.Classify(null!, "b"));
            Assert.Throws<ArgumentNullException>(() => Classifier.ClassifyAll([("a", null!)]));
            Assert.Throws<OperationCanceledException>(() => Classifier.ClassifyAll([("a", "b")], cancelled.Token));
        });
    }

    [Test]
    public void Reports_a_model_that_is_not_a_relation_model_as_a_load_error()
    {
        using var vocabulary = new MemoryStream("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\n"u8.ToArray());
        using var model = new MemoryStream("not an onnx model"u8.ToArray());

        var error = Assert.Throws<ModelLoadException>(() => new CrossEncoderRelationClassifier(model, vocabulary));
        Assert.That(error!.Message, Does.Contain("cross-encoder relation model"));
    }

    [Test]
    public void Disposing_the_default_model_leaves_it_usable()
    {
        Classifier.Dispose();

        Assert.That(Classifier.Classify("Prices rose.", "Prices fell.").Scores, Has.Count.EqualTo(4));
    }
}
