using System.Collections.Concurrent;
using ClaimDiff.Internal;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace ClaimDiff.Claims;

/// <summary>The learner behind a <see cref="CheckWorthinessModel"/>.</summary>
public enum CheckWorthinessTrainer
{
    /// <summary>Logistic regression by stochastic dual coordinate ascent (ML.NET <c>SdcaLogisticRegression</c>).</summary>
    LogisticRegression,

    /// <summary>An averaged perceptron whose scores are calibrated to probabilities with Platt scaling.</summary>
    AveragedPerceptron,

    /// <summary>Gradient-boosted trees (ML.NET <c>LightGbm</c>).</summary>
    LightGbm,
}

/// <summary>
/// A text classifier that scores how likely a sentence is to make a check-worthy factual claim (as opposed to opinion,
/// background, boilerplate or a question): word uni- and bigrams and character trigrams fed to a linear or boosted model.
/// </summary>
/// <remarks>
/// ClaimDiff ships no trained model: train one with <see cref="CheckWorthinessCatalog.Train"/> of a <see cref="ClaimDiffContext"/> (or <c>claimdiff train checkworthiness</c>), save it,
/// and set it as <see cref="ClaimOptions.CheckWorthiness"/>. Thread-safe: <see cref="Score"/> may be called from several
/// threads at once (prediction engines are pooled). Deterministic for a given seed and training set.
/// </remarks>
public sealed class CheckWorthinessModel
{
    private const string TextColumn = "Text";
    private const string ProbeSentence = "Unemployment fell to 4.1 percent in March.";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<TextRow, ScoreRow>> _engines = [];

    private CheckWorthinessModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
    }

    /// <summary>Trains a model on labelled sentences.</summary>
    /// <param name="examples">Sentences, each marked check-worthy or not; both kinds must be present.</param>
    /// <param name="seed">The random seed of the trainer. Default: <see cref="ClaimDiffContext.DefaultSeed"/>.</param>
    /// <param name="trainer">The learner. Default: <see cref="CheckWorthinessTrainer.LightGbm"/>, the best by cross-validation on the ClaimBuster training folds (see <c>docs/benchmarks.md</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or a sentence in it is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The examples do not contain both check-worthy and other sentences.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainer"/> is not a defined value.</exception>
    internal static CheckWorthinessModel Train(
        IEnumerable<(string Text, bool CheckWorthy)> examples,
        int seed = ClaimDiffContext.DefaultSeed,
        CheckWorthinessTrainer trainer = CheckWorthinessTrainer.LightGbm)
    {
        Guard.NotNull(examples);
        if (!Enum.IsDefined(trainer))
            throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Unknown trainer.");
        var rows = new List<TextRow>();
        foreach (var (text, checkWorthy) in examples)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(examples), "A sentence is null.");
            rows.Add(new TextRow { Text = text, Label = checkWorthy });
        }
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
            throw new ArgumentException("Training needs both check-worthy and other sentences.", nameof(examples));

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurize = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, TextColumn);
        var classify = ml.BinaryClassification.Trainers;
        IEstimator<ITransformer> pipeline = trainer switch
        {
            CheckWorthinessTrainer.AveragedPerceptron => featurize
                .Append(classify.AveragedPerceptron(new AveragedPerceptronTrainer.Options { NumberOfIterations = 10, Shuffle = true }))
                .Append(ml.BinaryClassification.Calibrators.Platt()),
            CheckWorthinessTrainer.LightGbm => featurize
                .Append(classify.LightGbm(new LightGbmBinaryTrainer.Options
                {
                    NumberOfIterations = 200,
                    NumberOfLeaves = 31,
                    // LightGBM's default of 20 examples per leaf; a tiny training set gets smaller leaves, since trees
                    // without a single split cannot be read back by ML.NET.
                    MinimumExampleCountPerLeaf = Math.Clamp(rows.Count / 4, 1, 20),
                    Seed = seed,
                    NumberOfThreads = 1,
                })),
            _ => featurize
                .Append(classify.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 100, L2Regularization = 1e-4f, L1Regularization = 0 })),
        };
        return new CheckWorthinessModel(ml, pipeline.Fit(data));
    }

    /// <summary>Reads a model written by <see cref="Save"/> from a file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ModelLoadException">The file cannot be read or is not a check-worthiness model.</exception>
    internal static CheckWorthinessModel Load(string path)
    {
        Guard.NotNullOrEmpty(path);
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ModelLoadException($"The check-worthiness model '{path}' could not be opened: {e.Message}", e);
        }
        using (file)
            return Load(file);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The stream is not a check-worthiness model.</exception>
    internal static CheckWorthinessModel Load(Stream stream)
    {
        Guard.NotNull(stream);
        var ml = new MLContext(ClaimDiffContext.DefaultSeed);
        var (model, input) = ModelStreams.Load(ml, stream, "The check-worthiness model", " (is it a model saved by CheckWorthinessModel.Save?)");
        if (input.GetColumnOrNull(TextColumn) is not { Type: TextDataViewType })
            throw new ModelLoadException("The model does not take a Text column: it is not a check-worthiness model.");
        var loaded = new CheckWorthinessModel(ml, model);
        try
        {
            // A model that loads but cannot score is as broken as one that does not load: find out now, not on the first sentence.
            loaded.Score(ProbeSentence);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException("The model cannot score sentences: it is not a check-worthiness model. " + e.Message, e);
        }
        return loaded;
    }

    /// <summary>Writes the model as an ML.NET model zip.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    internal void Save(Stream stream)
    {
        Guard.NotNull(stream);
        var schema = SchemaDefinition.Create(typeof(TextRow));
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<TextRow>(), schema);
        _ml.Model.Save(_model, empty.Schema, stream);
    }

    /// <summary>The probability, in [0, 1], that <paramref name="sentence"/> makes a check-worthy factual claim.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public float Score(string sentence)
    {
        Guard.NotNull(sentence);
        if (!_engines.TryTake(out var engine))
        {
            // MLContext does not promise thread safety, so engines are created one at a time; each is then used by one thread.
            lock (_engines)
                engine = _ml.Model.CreatePredictionEngine<TextRow, ScoreRow>(_model, ignoreMissingColumns: true);
        }
        float p;
        try
        {
            p = engine.Predict(new TextRow { Text = sentence }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
        return float.IsFinite(p) ? Math.Clamp(p, 0, 1) : 0;
    }

    internal sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;

        public bool Label { get; set; }
    }

    internal sealed class ScoreRow
    {
        public float Probability { get; set; }
    }
}
