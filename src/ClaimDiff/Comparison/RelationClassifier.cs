using System.Collections.Concurrent;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;
using ClaimDiff.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimDiff.Comparison;

/// <summary>
/// The trained relation classifier: lexical pair features (overlap, TF-IDF similarity, negation, refutation and hedging
/// cues, scope quantifiers, numbers, dates, antonyms, names) fed to a boosted-tree model trained on FNC-1, SNLI and Emergent.
/// When the second text is an article, its sentences most similar to the claim are compared one by one.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Classify"/> may be called from several threads at once (prediction engines are pooled).
/// Deterministic: the same pair always gets the same relation. See <c>docs/model-card.md</c> for data and metrics.
/// </remarks>
public sealed class RelationClassifier : IRelationClassifier
{
    private const string ResourceName = "ClaimDiff.Resources.relation-model.zip";
    private static readonly Lazy<RelationClassifier> DefaultClassifier = new(LoadDefault);

    /// <summary>
    /// How far a typed conflict found on a claim-sized pair is trusted on its own (hand-set; see the model card): the
    /// contradiction probability becomes <c>1 − (1 − p)(1 − r)</c> (a noisy-OR of the model and the conflict detector).
    /// Only the conflict types that the training data rarely shows are combined this way; the others are model features only.
    /// </summary>
    internal static readonly IReadOnlyDictionary<DiscrepancyType, float> EvidenceReliability = new Dictionary<DiscrepancyType, float>
    {
        [DiscrepancyType.Scope] = 0.75f,
        [DiscrepancyType.Numeric] = 0.6f,
        [DiscrepancyType.DateTime] = 0.6f,
        [DiscrepancyType.Antonym] = 0.5f,
    };

    /// <summary>The combination applies when the second text has at most this many sentences (claim against claim).</summary>
    internal const int MaxSentencesForEvidence = 2;

    /// <summary>The combination applies only when the claim and the conflicting sentence share wording (TF-IDF cosine).</summary>
    internal const float MinSimilarityForEvidence = 0.05f;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, ScoreRow>> _engines = [];

    /// <summary>
    /// Recently profiled second texts: a claim is often compared with an article that other claims were just compared
    /// with, and profiling the article (splitting, tokenising and weighting every sentence) is the costliest step.
    /// </summary>
    private readonly ConcurrentDictionary<string, ArticleProfile> _articles = new(StringComparer.Ordinal);

    /// <summary>How many profiled second texts <see cref="_articles"/> keeps before it starts afresh.</summary>
    private const int ArticleCacheSize = 64;

    internal RelationClassifier(MLContext ml, ITransformer model, PairFeaturizer featurizer)
    {
        _ml = ml;
        _model = model;
        Featurizer = featurizer;
    }

    private RelationClassifier(RelationClassifier other, bool combineEvidence, PairFeaturizer featurizer)
    {
        _ml = other._ml;
        _model = other._model;
        Featurizer = featurizer;
        CombineEvidence = combineEvidence;
    }

    /// <summary>
    /// A copy of this classifier that uses the model's probabilities alone, without raising the contradiction
    /// probability of a claim-sized pair by its typed evidence: for measuring the model by itself.
    /// </summary>
    public RelationClassifier WithoutEvidenceCombination() => new(this, combineEvidence: false, Featurizer);

    /// <summary>A copy of this classifier, sharing its model, that splits an article into sentences with <paramref name="segmenter"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is <see langword="null"/>.</exception>
    public IRelationClassifier WithSegmenter(ISentenceSegmenter segmenter) => new RelationClassifier(this, CombineEvidence, Featurizer.With(Guard.NotNull(segmenter)));

    /// <summary>The classifier with the model embedded in the package, loaded on first use.</summary>
    /// <exception cref="ModelLoadException">The embedded model or document-frequency table is missing or corrupt.</exception>
    public static RelationClassifier Default => DefaultClassifier.Value;

    internal PairFeaturizer Featurizer { get; }

    internal ITransformer Model => _model;

    /// <summary>False to use the model's probabilities alone, without the typed-evidence combination (for measurement).</summary>
    internal bool CombineEvidence { get; } = true;

    /// <summary>Loads a model saved by <see cref="RelationCatalog.Save"/>, weighted by the package's document frequencies.</summary>
    /// <param name="stream">The model zip.</param>
    /// <param name="frequencies">The IDF table the model was trained with; <see langword="null"/> for <see cref="DocumentFrequencies.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The stream is not a relation model.</exception>
    public static RelationClassifier Load(Stream stream, DocumentFrequencies? frequencies = null)
        => new ClaimDiffContext().Relations.Load(stream, frequencies);

    /// <summary>The types of the built-in conflict detectors, whose evidence every classification carries.</summary>
    public IReadOnlySet<DiscrepancyType> EvidenceTypes => BuiltInDetectors.Types;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    public Relation Classify(string first, string second)
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        var claim = Featurizer.ProfileClaim(first);
        if (!_articles.TryGetValue(second, out var article))
        {
            article = Featurizer.ProfileArticle(second);
            if (_articles.Count >= ArticleCacheSize) _articles.Clear();
            _articles.TryAdd(second, article);
        }
        var features = Featurizer.Featurize(claim, article);
        var p = Predict(FeatureRow.Of(first, features));

        DiscrepancyType? combined = null;
        if (CombineEvidence && article.Sentences.Length <= MaxSentencesForEvidence && features.BestSimilarity >= MinSimilarityForEvidence)
        {
            foreach (var e in features.Evidence)
            {
                if (!EvidenceReliability.TryGetValue(e.Type, out var r)) continue;
                var c = (int)RelationLabel.Contradiction;
                var before = p[c];
                var after = 1 - (1 - before) * (1 - r);
                // The other labels share what is left in their existing proportions, so the scores still sum to 1.
                var scale = before >= 1 ? 0 : (1 - after) / (1 - before);
                for (var k = 0; k < p.Length; k++)
                    p[k] = k == c ? after : p[k] * scale;
                combined = e.Type;
                break;
            }
        }

        var label = 0;
        for (var k = 1; k < p.Length; k++)
            if (p[k] > p[label]) label = k;
        var scores = new Dictionary<RelationLabel, float>(4);
        for (var k = 0; k < p.Length; k++)
            scores[(RelationLabel)k] = p[k];
        var relation = new Relation { Label = (RelationLabel)label, Confidence = p[label], Scores = scores };
        if (relation.Label != RelationLabel.Contradiction)
            return relation with { Evidence = features.Evidence };
        var evidence = combined is { } t
            ? [.. features.Evidence.Where(e => e.Type == t), .. features.Evidence.Where(e => e.Type != t)]
            : features.Evidence;
        return relation with { Type = evidence.Count > 0 ? evidence[0].Type : DiscrepancyType.General, Evidence = evidence };
    }

    /// <summary>The model's label probabilities for a pair's features, normalised to sum to 1, indexed by <see cref="RelationLabel"/>.</summary>
    internal float[] Predict(FeatureRow row)
    {
        if (!_engines.TryTake(out var engine))
        {
            // MLContext does not promise thread safety, so engines are created one at a time; each is then used by one thread.
            lock (_engines)
                engine = _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(_model);
        }
        float[] score;
        try
        {
            score = engine.Predict(row).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
        var p = new float[4];
        var sum = 0f;
        for (var k = 0; k < p.Length && k < score.Length; k++)
        {
            p[k] = float.IsFinite(score[k]) ? Math.Max(0, score[k]) : 0;
            sum += p[k];
        }
        for (var k = 0; k < p.Length; k++)
            p[k] = sum > 0 ? p[k] / sum : 0.25f;
        return p;
    }

    private static RelationClassifier LoadDefault()
    {
        using var stream = typeof(RelationClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelLoadException($"The embedded resource '{ResourceName}' is missing from the ClaimDiff assembly; run 'claimdiff train' to create it.");
        return Load(stream);
    }

    /// <summary>
    /// What the model reads: the pair features, and for word features the first text, the second text's best-matching
    /// sentences and the words of the best one that the first text does not explain.
    /// </summary>
    internal class FeatureRow
    {
        [VectorType(PairFeaturizer.FeatureCount)]
        public float[] Features { get; set; } = [];

        public string First { get; set; } = "";

        public string Second { get; set; } = "";

        public string NewWords { get; set; } = "";

        /// <summary>The row for a pair whose first text is <paramref name="first"/>.</summary>
        public static FeatureRow Of(string first, PairFeatures pair)
            => new() { Features = pair.Values, First = first, Second = pair.SecondWords, NewWords = pair.NewWords };
    }

    internal sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}
