using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;
using Microsoft.ML;

namespace ClaimDiff;

/// <summary>
/// The one place where ClaimDiff's models are trained, evaluated, saved and loaded, like ML.NET's <c>MLContext</c>, by
/// catalog: <see cref="Relations"/> for relation classifiers, <see cref="CheckWorthiness"/> for check-worthiness models.
/// Create it with a seed and the same data gives the same model. The analysis API never sees ML.NET types.
/// </summary>
/// <remarks>Not thread-safe: use one context per thread. The classifiers it returns are thread-safe.</remarks>
public sealed class ClaimDiffContext
{
    /// <summary>The default seed: 20260106.</summary>
    public const int DefaultSeed = 20260106;

    /// <summary>Creates a context whose training is reproducible for a given <paramref name="seed"/>.</summary>
    /// <param name="seed">The random seed of every trainer and split. Default: <see cref="DefaultSeed"/>.</param>
    public ClaimDiffContext(int seed = DefaultSeed)
    {
        Seed = seed;
        var ml = new MLContext(seed);
        Relations = new RelationCatalog(this, ml);
        CheckWorthiness = new CheckWorthinessCatalog(this);
    }

    /// <summary>The random seed.</summary>
    public int Seed { get; }

    /// <summary>Reports training progress (one line per step); <see langword="null"/> for silence. The library never writes to the console.</summary>
    public IProgress<string>? Log { get; set; }

    /// <summary>Trains, evaluates, saves and loads relation classifiers.</summary>
    public RelationCatalog Relations { get; }

    /// <summary>Trains, evaluates, saves and loads check-worthiness models.</summary>
    public CheckWorthinessCatalog CheckWorthiness { get; }

    /// <summary>Builds the document-frequency table that weights TF-IDF similarity (see <see cref="DocumentFrequencies.Build"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public DocumentFrequencies BuildDocumentFrequencies(IEnumerable<string> documents) => DocumentFrequencies.Build(documents);

    /// <summary>
    /// Splits examples into training and validation sets, keeping each <see cref="RelationExample.Group"/> on one side, by a
    /// stable hash of the group and the seed (the same split on every machine).
    /// </summary>
    /// <param name="examples">The examples.</param>
    /// <param name="validationFraction">The share of groups held out, in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validationFraction"/> is outside [0, 1).</exception>
    public (IReadOnlyList<RelationExample> Training, IReadOnlyList<RelationExample> Validation) Split(
        IEnumerable<RelationExample> examples, double validationFraction)
    {
        Guard.NotNull(examples);
        Guard.InRange(validationFraction, 0, 0.999);
        var training = new List<RelationExample>();
        var validation = new List<RelationExample>();
        var index = 0;
        foreach (var e in examples)
        {
            var key = e.Group ?? "#" + index;
            index++;
            var bucket = (uint)TfidfEmbedder.TermIndex(Seed + ":" + key) % 10_000u;
            (bucket < validationFraction * 10_000 ? validation : training).Add(e);
        }
        return (training, validation);
    }

}
