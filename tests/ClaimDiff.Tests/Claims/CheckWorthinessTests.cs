using ClaimDiff.Claims;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Claims;

/// <summary>A tiny model trained on sentences written for these tests (never from a dataset), so the tests run fast and need no data.</summary>
public class CheckWorthinessTests
{
    private static readonly (string, bool)[] Sentences =
    [
        ("Unemployment fell to 4.2 percent last quarter.", true),
        ("The city council approved a budget of 3 million dollars.", true),
        ("Exports to the region rose by 12 percent last year.", true),
        ("The company cut 800 jobs at its northern plant.", true),
        ("The bridge carried 40,000 vehicles a day before it closed.", true),
        ("Inflation rose to 6 percent, the highest rate in a decade.", true),
        ("The ministry halted shipments of drones to three countries.", true),
        ("The hospital treated 250 patients during the outbreak.", true),
        ("Wages fell by 2 percent in the textile sector.", true),
        ("The factory produced 1.5 million cars last year.", true),
        ("I think this is a wonderful day for all of us.", false),
        ("We should be proud of what we have done together.", false),
        ("What will you do about it?", false),
        ("Thank you all for coming tonight.", false),
        ("I believe in the goodness of our people.", false),
        ("That is a terrible idea and everyone knows it.", false),
        ("Let me tell you what I think about that.", false),
        ("We love this town and we always will.", false),
        ("Good evening and welcome to the show.", false),
        ("Honestly, I think we can do better than this.", false),
    ];

    private static CheckWorthinessModel _model = null!;

    [OneTimeSetUp]
    public void TrainTinyModel() => _model = new ClaimDiffContext(1).CheckWorthiness.Train(Sentences, CheckWorthinessTrainer.LogisticRegression);

    [Test]
    public void Scores_a_factual_sentence_above_an_opinion()
    {
        var factual = _model.Score("Exports fell by 9 percent last year.");
        var opinion = _model.Score("I think we should all be proud of this wonderful town.");
        Assert.Multiple(() =>
        {
            Assert.That(factual, Is.GreaterThan(opinion));
            Assert.That(factual, Is.InRange(0f, 1f));
            Assert.That(opinion, Is.InRange(0f, 1f));
        });
    }

    [Test]
    public void The_catalog_counts_the_model_calls_against_the_labels()
    {
        var catalog = new ClaimDiffContext(1).CheckWorthiness;
        var evaluation = catalog.Evaluate(_model, Sentences);
        var strict = catalog.Evaluate(_model, Sentences, threshold: 1);
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Count, Is.EqualTo(Sentences.Length));
            Assert.That(evaluation.TruePositives + evaluation.FalseNegatives, Is.EqualTo(Sentences.Count(s => s.Item2)));
            Assert.That(evaluation.Accuracy, Is.GreaterThan(0.5), "the model fits its own training sentences");
            Assert.That(strict.TruePositives + strict.FalsePositives, Is.Zero, "no score reaches 1");
            Assert.That(strict.Precision, Is.Zero);
            Assert.That(() => catalog.Evaluate(_model, Sentences, threshold: 1.5), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void The_evaluation_figures_follow_from_the_counts()
    {
        var e = new CheckWorthinessEvaluation(TruePositives: 3, FalsePositives: 1, FalseNegatives: 2, TrueNegatives: 4);
        Assert.Multiple(() =>
        {
            Assert.That(e.Precision, Is.EqualTo(0.75));
            Assert.That(e.Recall, Is.EqualTo(0.6));
            Assert.That(e.F1, Is.EqualTo(2 * 0.75 * 0.6 / 1.35).Within(1e-12));
            Assert.That(e.Accuracy, Is.EqualTo(0.7));
            Assert.That(new CheckWorthinessEvaluation(0, 0, 0, 0).F1, Is.Zero);
        });
    }

    [TestCase(CheckWorthinessTrainer.AveragedPerceptron)]
    [TestCase(CheckWorthinessTrainer.LightGbm)]
    public void Every_trainer_gives_probabilities(CheckWorthinessTrainer trainer)
    {
        var model = new ClaimDiffContext(1).CheckWorthiness.Train(Sentences, trainer);
        Assert.That(model.Score("Wages rose by 3 percent."), Is.InRange(0f, 1f));
    }

    [Test]
    public void Scores_the_same_after_a_save_and_load_round_trip()
    {
        using var stream = new MemoryStream();
        new ClaimDiffContext().CheckWorthiness.Save(_model, stream);
        stream.Position = 0;
        var loaded = new ClaimDiffContext().CheckWorthiness.Load(stream);
        foreach (var text in new[] { "Inflation fell to 3 percent.", "What a lovely evening this is.", "" })
            Assert.That(loaded.Score(text), Is.EqualTo(_model.Score(text)), text);
    }

    [Test]
    public void Scores_from_several_threads_at_once()
    {
        var expected = _model.Score("The plant cut 300 jobs.");
        var scores = new float[64];
        Parallel.For(0, scores.Length, i => scores[i] = _model.Score("The plant cut 300 jobs."));
        Assert.That(scores, Is.All.EqualTo(expected));
    }

    [Test]
    public void Loading_a_file_that_is_not_a_model_throws_a_model_load_exception()
    {
        using var garbage = new MemoryStream("this is not a model zip"u8.ToArray());
        var e = Assert.Throws<ModelLoadException>(() => new ClaimDiffContext().CheckWorthiness.Load(garbage));
        Assert.That(e!.Message, Does.Contain("check-worthiness model"));
    }

    [Test]
    public void Loading_a_missing_file_throws_a_model_load_exception_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimdiff-no-such-model-" + Guid.NewGuid() + ".zip");
        var e = Assert.Throws<ModelLoadException>(() => new ClaimDiffContext().CheckWorthiness.Load(path));
        Assert.That(e!.Message, Does.Contain(path));
    }

    [Test]
    public void Rejects_null_arguments_and_one_class_training_sets()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => new ClaimDiffContext().CheckWorthiness.Train(null!));
            Assert.Throws<ArgumentNullException>(() => new ClaimDiffContext().CheckWorthiness.Load((Stream)null!));
            Assert.Throws<ArgumentNullException>(() => new ClaimDiffContext().CheckWorthiness.Load((string)null!));
            Assert.Throws<ArgumentNullException>(() => _model.Score(null!));
            Assert.Throws<ArgumentNullException>(() => new ClaimDiffContext().CheckWorthiness.Save(_model, null!));
            Assert.Throws<ArgumentException>(() => new ClaimDiffContext().CheckWorthiness.Train([("Wages rose.", true), ("Prices fell.", true)]));
        });
    }

    [Test]
    public void Threshold_outside_zero_to_one_is_rejected()
    {
        var options = new ClaimOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.CheckWorthinessThreshold, Is.EqualTo(ClaimOptions.DefaultCheckWorthinessThreshold));
            Assert.That(options.CheckWorthiness, Is.Null);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.CheckWorthinessThreshold = 1.5);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.CheckWorthinessThreshold = double.NaN);
        });
    }

    [Test]
    public void Extractor_with_a_model_drops_a_low_scoring_unattributed_sentence_but_keeps_attributed_and_numeric_ones()
    {
        const string opinion = "Honestly, I think this is a wonderful idea for all of us.";
        const string attributedOpinion = "Beijing's Ministry of Commerce stated that this is a wonderful idea for all of us.";
        const string numeric = "I think we should all be proud that 900 people came.";
        var text = $"{opinion} {attributedOpinion} {numeric}";
        Assume.That(_model.Score(opinion), Is.LessThan(ClaimOptions.DefaultCheckWorthinessThreshold));

        var withModel = Extract(text, new ClaimOptions { CheckWorthiness = _model });
        var withoutModel = Extract(text, new ClaimOptions());
        Assert.Multiple(() =>
        {
            Assert.That(withoutModel.Select(c => c.Text), Is.EqualTo(new[] { opinion, attributedOpinion, numeric }));
            Assert.That(withModel.Select(c => c.Text), Is.EqualTo(new[] { attributedOpinion, numeric }));
            Assert.That(withModel[0].Source, Is.EqualTo("Beijing's Ministry of Commerce"));
        });
    }

    [Test]
    public void Extractor_keeps_every_unattributed_sentence_that_reaches_the_threshold()
    {
        const string text = "Honestly, I think this is a wonderful idea for all of us.";
        var options = new ClaimOptions { CheckWorthiness = _model, CheckWorthinessThreshold = 0 };
        Assert.That(Extract(text, options), Has.Count.EqualTo(1));
    }

    private static IReadOnlyList<Claim> Extract(string text, ClaimOptions options)
    {
        var article = new Article(text, id: "a1", publisher: "Test Wire");
        return new ClaimExtractor(options).Extract(article, new SentenceSegmenter().Segment(text));
    }
}
