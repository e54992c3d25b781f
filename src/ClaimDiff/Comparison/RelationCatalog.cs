using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;
using ClaimDiff.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace ClaimDiff.Comparison;

/// <summary>
/// Relation classifiers' lifecycle, reached through <see cref="ClaimDiffContext.Relations"/>: train the lexical
/// classifier, evaluate any classifier, save and load models.
/// </summary>
/// <remarks>Not thread-safe, as its context. The classifiers it returns are thread-safe.</remarks>
public sealed class RelationCatalog
{
    private readonly ClaimDiffContext _context;
    private readonly MLContext _ml;

    internal RelationCatalog(ClaimDiffContext context, MLContext ml)
    {
        _context = context;
        _ml = ml;
    }

    private int Seed => _context.Seed;

    private IProgress<string>? Log => _context.Log;

    /// <summary>
    /// Trains a relation classifier on labelled pairs. Pairs with <see cref="RelationExample.Explanations"/> also teach it
    /// which word pairs people name when they explain a contradiction, an agreement or a neutral pair; the model keeps
    /// those word pairs (<see cref="Save"/> writes them into the zip).
    /// </summary>
    /// <param name="examples">The training pairs.</param>
    /// <param name="frequencies">The IDF table the TF-IDF features use; ship the same table with the model.</param>
    /// <param name="options">Trainer settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or <paramref name="frequencies"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no examples.</exception>
    public RelationClassifier Train(
        IReadOnlyList<RelationExample> examples, DocumentFrequencies frequencies, RelationTrainingOptions? options = null)
    {
        Guard.NotNull(examples);
        Guard.NotNull(frequencies);
        if (examples.Count == 0)
            throw new ArgumentException("There are no training examples.", nameof(examples));
        options ??= new RelationTrainingOptions();
        var watch = Stopwatch.StartNew();
        var (featurizer, features) = FeaturizeForTraining(new TfidfEmbedder(frequencies), examples);
        Log?.Report($"featurised {examples.Count} pairs in {watch.Elapsed.TotalSeconds:0.0}s; {featurizer.WordPairs.Count} explained word pairs");

        // Classes are weighted within each source (the part of Group before ':'), so that a label rare in one dataset
        // (FNC-1 disagree) is lifted even when another dataset (SNLI) has plenty of that label.
        var sources = examples.Select(e => Source(e.Group)).ToArray();
        var counts = new Dictionary<(string, RelationLabel), int>();
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            counts[(sources[i], examples[i].Label)] = counts.GetValueOrDefault((sources[i], examples[i].Label)) + 1;
            sizes[sources[i]] = sizes.GetValueOrDefault(sources[i]) + 1;
        }
        var labelsPerSource = counts.Keys.GroupBy(k => k.Item1).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = new List<TrainingRow>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var source = sources[i];
            var balanced = sizes[source] / (double)(labelsPerSource[source] * counts[(source, examples[i].Label)]);
            var weight = Math.Pow(balanced, options.ClassWeightPower);
            rows.Add(new TrainingRow { Features = features[i].Features, First = features[i].First, Second = features[i].Second, NewWords = features[i].NewWords, Label = LabelKey((int)examples[i].Label), Weight = (float)weight });
        }
        // The label becomes a key ordered by value ("c0" < "c1" < …), so score slot k is RelationLabel k. The key mapping is
        // applied to the data, not saved with the model, so that the saved model needs nothing but the features.
        var raw = _ml.Data.LoadFromEnumerable(rows);
        var data = _ml.Transforms.Conversion.MapValueToKey(nameof(TrainingRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(raw).Transform(raw);
        IEstimator<ITransformer> learner = options.Trainer switch
        {
            RelationTrainer.FastTree => _ml.MulticlassClassification.Trainers.OneVersusAll(
                _ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    NumberOfTrees = options.NumberOfTrees,
                    NumberOfLeaves = options.NumberOfLeaves,
                    LearningRate = options.LearningRate,
                    ExampleWeightColumnName = nameof(TrainingRow.Weight),
                    FeatureColumnName = ModelFeatures,
                    NumberOfThreads = 1,
                }), useProbabilities: true),
            _ => _ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = options.NumberOfTrees,
                NumberOfLeaves = options.NumberOfLeaves,
                LearningRate = options.LearningRate,
                MinimumExampleCountPerLeaf = 20,
                ExampleWeightColumnName = nameof(TrainingRow.Weight),
                FeatureColumnName = ModelFeatures,
                UseSoftmax = true,
                Seed = Seed,
                NumberOfThreads = 1,
                Silent = true,
                Booster = new GradientBooster.Options
                {
                    FeatureFraction = options.SampleFraction,
                    SubsampleFraction = options.SampleFraction,
                    // Bagging draws rows anew for every tree; a fraction of 1 turns it off.
                    SubsampleFrequency = options.SampleFraction < 1 ? 1 : 0,
                },
            }),
        };
        // Word features: which words of the claim and of the second text's best-matching sentences go with which label
        // ("hoax", "reportedly", "sleeping"), learnt from the training data next to the hand-designed pair features.
        IEstimator<ITransformer> inputs = options.WordFeatures
            ? _ml.Transforms.Text.FeaturizeText("FirstWords", WordFeatureOptions(), nameof(TrainingRow.First))
                .Append(_ml.Transforms.Text.FeaturizeText("SecondWords", WordFeatureOptions(), nameof(TrainingRow.Second)))
                .Append(_ml.Transforms.Text.FeaturizeText("NewWordFeatures", WordFeatureOptions(), nameof(TrainingRow.NewWords)))
                .Append(_ml.Transforms.Concatenate(ModelFeatures, nameof(TrainingRow.Features), "FirstWords", "SecondWords", "NewWordFeatures"))
            : _ml.Transforms.Concatenate(ModelFeatures, nameof(TrainingRow.Features));
        var trainer = inputs.Append(learner);
        watch.Restart();
        var model = trainer.Fit(data);
        Log?.Report($"trained {options.Trainer} ({options.NumberOfTrees} trees, {options.NumberOfLeaves} leaves) in {watch.Elapsed.TotalSeconds:0.0}s");
        if (Log is not null)
        {
            var metrics = _ml.MulticlassClassification.Evaluate(model.Transform(data), nameof(TrainingRow.Label));
            Log.Report($"training-set accuracy {metrics.MicroAccuracy:0.0000}, macro accuracy {metrics.MacroAccuracy:0.0000}, log-loss {metrics.LogLoss:0.0000}");
        }
        return new RelationClassifier(_ml, model, featurizer);
    }

    /// <summary>Pairs given to <see cref="IRelationClassifier.ClassifyAll"/> at once by <see cref="Evaluate"/>.</summary>
    private const int EvaluationChunk = 256;

    /// <summary>
    /// Classifies every example (in batches, see <see cref="IRelationClassifier.ClassifyAll"/>) and measures the
    /// predictions against the gold labels. On a set that lacks some labels (NLI sets have no unrelated pairs; SciTail
    /// has only entails and not entailment) a prediction outside the set's labels is mapped into them: the most likely of
    /// the set's labels, or for SciTail neutral for everything but agreement.
    /// </summary>
    /// <param name="classifier">Any relation classifier.</param>
    /// <param name="examples">Labelled pairs.</param>
    /// <param name="parallel">True to classify on all cores (the speed figure is then for all cores).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RelationEvaluation Evaluate(IRelationClassifier classifier, IReadOnlyList<RelationExample> examples, bool parallel = false)
    {
        Guard.NotNull(classifier);
        Guard.NotNull(examples);
        var relations = new Relation[examples.Count];
        var watch = Stopwatch.StartNew();
        var chunks = Enumerable.Range(0, examples.Count).Chunk(EvaluationChunk).ToList();
        void Run(int[] chunk)
        {
            var results = classifier.ClassifyAll([.. chunk.Select(i => (examples[i].First, examples[i].Second))]);
            for (var k = 0; k < chunk.Length; k++)
                relations[chunk[k]] = results[k];
        }
        if (parallel)
            Parallel.ForEach(chunks, Run);
        else
            chunks.ForEach(Run);
        var seconds = watch.Elapsed.TotalSeconds;
        var gold = examples.Select(e => e.Label).ToHashSet();
        var confusion = new int[4, 4];
        for (var i = 0; i < examples.Count; i++)
        {
            relations[i] = InLabelsOf(gold, relations[i]);
            confusion[(int)examples[i].Label, (int)relations[i].Label]++;
        }
        return new RelationEvaluation(confusion, seconds, [.. examples.Select(e => e.Label)], relations);
    }

    /// <summary>
    /// The prediction in the labels a gold set uses. A set without unrelated pairs (NLI) gets the most likely of its
    /// labels instead of unrelated; a set of agreement and neutral only (SciTail's entails / not entailment) counts every
    /// label other than agreement as neutral. The scores are left as they are.
    /// </summary>
    private static Relation InLabelsOf(HashSet<RelationLabel> gold, Relation relation)
    {
        if (gold.Contains(relation.Label) || gold.Count == 0)
            return relation;
        var label = gold.SetEquals([RelationLabel.Agreement, RelationLabel.Neutral])
            ? RelationLabel.Neutral
            : gold.MaxBy(l => relation.Scores.GetValueOrDefault(l));
        return relation with { Label = label, Confidence = relation.Scores.GetValueOrDefault(label), Type = label == RelationLabel.Contradiction ? relation.Type : null };
    }

    /// <summary>
    /// Writes a trained classifier's model as a zip, with the word pairs it learnt from explanations (the
    /// document-frequency table is saved separately).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Save(RelationClassifier classifier, Stream stream)
    {
        Guard.NotNull(classifier);
        Guard.NotNull(stream);
        var schema = SchemaDefinition.Create(typeof(RelationClassifier.FeatureRow));
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<RelationClassifier.FeatureRow>(), schema);
        using var buffer = new MemoryStream();
        _ml.Model.Save(classifier.Model, empty.Schema, buffer);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(WordPairLexicon.EntryName, CompressionLevel.Optimal).Open())
                classifier.Featurizer.WordPairs.Write(entry);
            using var manifest = new StreamWriter(zip.CreateEntry(FeatureManifestEntry, CompressionLevel.Optimal).Open());
            foreach (var name in PairFeaturizer.Names)
                manifest.WriteLine(name);
        }
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Loads a classifier written by <see cref="Save"/>.</summary>
    /// <param name="stream">The model zip.</param>
    /// <param name="frequencies">The IDF table the model was trained with; <see langword="null"/> for <see cref="DocumentFrequencies.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The stream is not a relation model, or the default table is missing.</exception>
    public RelationClassifier Load(Stream stream, DocumentFrequencies? frequencies = null)
    {
        Guard.NotNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var wordPairs = ReadWordPairs(buffer);
        CheckFeatureManifest(buffer);
        buffer.Position = 0;
        var (model, inputSchema) = ModelStreams.Load(_ml, buffer, "The relation model");
        var column = inputSchema.GetColumnOrNull("Features");
        if (column is not { } c || c.Type is not VectorDataViewType { Size: PairFeaturizer.FeatureCount })
            throw new ModelLoadException($"The relation model does not take a Features vector of {PairFeaturizer.FeatureCount} values; it was trained by another version of ClaimDiff.");
        var classifier = new RelationClassifier(_ml, model, new PairFeaturizer(new TfidfEmbedder(frequencies ?? DocumentFrequencies.Default), wordPairs));
        try
        {
            // A model that loads but cannot score is as broken as one that does not load: find out now, not on the first claim.
            classifier.Predict(new RelationClassifier.FeatureRow { Features = new float[PairFeaturizer.FeatureCount] });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException("The relation model cannot score pairs: " + e.Message, e);
        }
        return classifier;
    }

    /// <summary>The column the learner reads: the pair features, then the word features when they are on.</summary>
    private const string ModelFeatures = "ModelFeatures";

    /// <summary>The word features: lower-cased single words, stop words included, without numbers; the most frequent ones only, counted.</summary>
    private static TextFeaturizingEstimator.Options WordFeatureOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = false,
        // Stop words stay: "not", "nobody", "because", "only" tell the labels apart.
        StopWordsRemoverOptions = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true, MaximumNgramsCount = [MaxWordFeatures] },
        CharFeatureExtractor = null,
        Norm = TextFeaturizingEstimator.NormFunction.None,
    };

    /// <summary>How many distinct words each text contributes as features.</summary>
    private const int MaxWordFeatures = 2000;

    /// <summary>The folds training splits explained examples into, each featurised with word pairs mined from the others.</summary>
    private const int WordPairFolds = 5;

    /// <summary>
    /// Mines the explained word pairs of all examples for the model, and featurises each explained example with the pairs
    /// mined from the other folds only, so that no example sees the pairs its own explanations contributed (the model
    /// would otherwise learn to trust them more than they deserve on new text).
    /// </summary>
    private (PairFeaturizer Featurizer, RelationClassifier.FeatureRow[] Features) FeaturizeForTraining(TfidfEmbedder embedder, IReadOnlyList<RelationExample> examples)
    {
        var unexplained = new PairFeaturizer(embedder, WordPairLexicon.Empty);
        string[] ContentWords(string text) => unexplained.ProfileClaim(text).ContentWords;
        var fold = examples.Select((e, i) => e.Explanations is { Count: > 0 } ? (int)((uint)TfidfEmbedder.TermIndex(Seed + ":fold:" + (e.Group ?? "#" + i)) % WordPairFolds) : -1).ToArray();
        var mentions = examples.AsParallel().AsOrdered().Select(e => WordPairLexicon.Mentions(e, ContentWords, WordNetLexicon.Default)).ToArray();
        var featurizer = unexplained.With(WordPairLexicon.Tally(mentions));
        var byFold = Enumerable.Range(0, WordPairFolds)
            .Select(k => unexplained.With(WordPairLexicon.Tally(mentions.Where((_, i) => fold[i] != k))))
            .ToArray();
        return (featurizer, Featurize(examples, i => fold[i] < 0 ? featurizer : byFold[fold[i]]));
    }

    /// <summary>The zip entry that names the model's features, one per line, in vector order.</summary>
    internal const string FeatureManifestEntry = "ClaimDiff/features.txt";

    /// <summary>
    /// Checks that the model was trained on the features this version computes, by name and in order: a model whose
    /// features differ scores garbage without failing. A model without a manifest is checked by the vector's length only.
    /// </summary>
    private static void CheckFeatureManifest(MemoryStream model)
    {
        model.Position = 0;
        List<string> names = [];
        using (var zip = new ZipArchive(model, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.GetEntry(FeatureManifestEntry) is not { } entry)
                return;
            using var reader = new StreamReader(entry.Open());
            while (reader.ReadLine() is { } line)
                if (line.Length > 0)
                    names.Add(line);
        }
        var expected = PairFeaturizer.Names;
        var first = Enumerable.Range(0, Math.Min(names.Count, expected.Count)).FirstOrDefault(i => !string.Equals(names[i], expected[i], StringComparison.Ordinal), -1);
        if (first >= 0)
            throw new ModelLoadException($"The relation model's feature {first} is '{names[first]}' where this version of ClaimDiff computes '{expected[first]}'; the model was trained by another version.");
        if (names.Count != expected.Count)
            throw new ModelLoadException($"The relation model names {names.Count} features where this version of ClaimDiff computes {expected.Count}; the model was trained by another version.");
    }

    private static WordPairLexicon ReadWordPairs(MemoryStream model)
    {
        try
        {
            using var zip = new ZipArchive(model, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(WordPairLexicon.EntryName)
                ?? throw new ModelLoadException($"The relation model has no '{WordPairLexicon.EntryName}'; it was trained by another version of ClaimDiff.");
            using var stream = entry.Open();
            return WordPairLexicon.Read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException("The relation model could not be read: " + e.Message, e);
        }
    }

    /// <param name="examples">The pairs.</param>
    /// <param name="featurizerOf">The featurizer of the i-th pair (they differ only in their word pairs, so profiles are shared).</param>
    private static RelationClassifier.FeatureRow[] Featurize(IReadOnlyList<RelationExample> examples, Func<int, PairFeaturizer> featurizerOf)
    {
        // Many pairs share one article body: profile each distinct body once.
        var articles = new ConcurrentDictionary<string, Lazy<ArticleProfile>>(StringComparer.Ordinal);
        var features = new RelationClassifier.FeatureRow[examples.Count];
        Parallel.For(0, examples.Count, i =>
        {
            var e = examples[i];
            var featurizer = featurizerOf(i);
            var article = articles.GetOrAdd(e.Second, s => new Lazy<ArticleProfile>(() => featurizer.ProfileArticle(s))).Value;
            var pair = featurizer.Featurize(featurizer.ProfileClaim(e.First), article);
            features[i] = RelationClassifier.FeatureRow.Of(e.First, pair);
        });
        return features;
    }

    private static string Source(string? group)
    {
        var colon = group?.IndexOf(':') ?? -1;
        return colon > 0 ? group![..colon] : "";
    }

    private static string LabelKey(int label) => "c" + label.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class TrainingRow : RelationClassifier.FeatureRow
    {
        public string Label { get; set; } = "";

        public float Weight { get; set; }
    }
}
