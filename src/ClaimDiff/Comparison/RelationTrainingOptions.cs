using ClaimDiff.Internal;

namespace ClaimDiff.Comparison;

/// <summary>The learner behind a relation model.</summary>
public enum RelationTrainer
{
    /// <summary>LightGBM gradient-boosted trees with a softmax multiclass objective.</summary>
    LightGbm,
    /// <summary>FastTree boosted trees, one versus all, with normalised probabilities.</summary>
    FastTree,
}

/// <summary>How <see cref="RelationCatalog.Train"/> trains. Defaults are the settings of the shipped model.</summary>
public sealed class RelationTrainingOptions
{
    /// <summary>The default of <see cref="NumberOfTrees"/>: 600.</summary>
    public const int DefaultNumberOfTrees = 600;

    /// <summary>The default of <see cref="NumberOfLeaves"/>: 63 (chosen on validation over 31 leaves and over 1,000 rounds).</summary>
    public const int DefaultNumberOfLeaves = 63;

    /// <summary>The default of <see cref="LearningRate"/>: 0.03.</summary>
    public const double DefaultLearningRate = 0.03;

    /// <summary>The default of <see cref="ClassWeightPower"/>: 1 (classes balanced within each source; chosen on validation macro-F1).</summary>
    public const double DefaultClassWeightPower = 1.0;

    /// <summary>
    /// The default of <see cref="SampleFraction"/>: 0.8, chosen on validation macro-F1 against 1, 0.6 and 0.5
    /// (docs/model-card.md).
    /// </summary>
    public const double DefaultSampleFraction = 0.8;

    private int _trees = DefaultNumberOfTrees;
    private int _leaves = DefaultNumberOfLeaves;
    private double _learningRate = DefaultLearningRate;
    private double _classWeightPower = DefaultClassWeightPower;
    private double _sampleFraction = DefaultSampleFraction;

    /// <summary>
    /// Whether the model also learns from the words of the claim and of the second text's best-matching sentences (a
    /// bag of the 2,000 most frequent words of each), next to the pair features. Default: <see langword="true"/>.
    /// </summary>
    public bool WordFeatures { get; set; } = true;

    /// <summary>The learner. Default: <see cref="RelationTrainer.LightGbm"/>.</summary>
    public RelationTrainer Trainer { get; set; } = RelationTrainer.LightGbm;

    /// <summary>Boosting rounds. Default: <see cref="DefaultNumberOfTrees"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [1, 10000].</exception>
    public int NumberOfTrees { get => _trees; set => _trees = Guard.InRange(value, 1, 10_000); }

    /// <summary>Leaves per tree. Default: <see cref="DefaultNumberOfLeaves"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [2, 1024].</exception>
    public int NumberOfLeaves { get => _leaves; set => _leaves = Guard.InRange(value, 2, 1024); }

    /// <summary>The boosting learning rate. Default: <see cref="DefaultLearningRate"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1].</exception>
    public double LearningRate { get => _learningRate; set => _learningRate = Guard.InRange(value, 1e-6, 1); }

    /// <summary>
    /// Each example is weighted by <c>(n / (k · n_label))^power</c>, counted within its source (the part of
    /// <see cref="RelationExample.Group"/> before ':', e.g. <c>fnc1</c>, <c>snli</c>): 0 leaves the classes as they are, 1 balances them fully,
    /// values between lift rare labels such as contradiction less. Default: <see cref="DefaultClassWeightPower"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double ClassWeightPower { get => _classWeightPower; set => _classWeightPower = Guard.InRange(value, 0, 1); }

    /// <summary>
    /// The share of the features and of the examples each LightGBM tree learns from, drawn anew for every tree from the
    /// context's seed (feature fraction and bagging): 1 uses all. Ignored by <see cref="RelationTrainer.FastTree"/>.
    /// Default: <see cref="DefaultSampleFraction"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0.1, 1].</exception>
    public double SampleFraction { get => _sampleFraction; set => _sampleFraction = Guard.InRange(value, 0.1, 1); }
}
