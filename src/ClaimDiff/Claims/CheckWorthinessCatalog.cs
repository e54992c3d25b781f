using ClaimDiff.Internal;

namespace ClaimDiff.Claims;

/// <summary>
/// Check-worthiness models' lifecycle, reached through <see cref="ClaimDiffContext.CheckWorthiness"/>: train with the
/// context's seed, evaluate, save and load.
/// </summary>
/// <remarks>Not thread-safe, as its context. The models it returns are thread-safe.</remarks>
public sealed class CheckWorthinessCatalog
{
    private readonly ClaimDiffContext _context;

    internal CheckWorthinessCatalog(ClaimDiffContext context) => _context = context;

    /// <summary>Trains a model on labelled sentences, with the context's seed.</summary>
    /// <param name="examples">Sentences, each marked check-worthy or not; both kinds must be present.</param>
    /// <param name="trainer">The learner. Default: <see cref="CheckWorthinessTrainer.LightGbm"/>, the best by cross-validation on the ClaimBuster training folds (see <c>docs/benchmarks.md</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or a sentence in it is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The examples do not contain both check-worthy and other sentences.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainer"/> is not a defined value.</exception>
    public CheckWorthinessModel Train(IEnumerable<(string Text, bool CheckWorthy)> examples, CheckWorthinessTrainer trainer = CheckWorthinessTrainer.LightGbm)
        => CheckWorthinessModel.Train(examples, _context.Seed, trainer);

    /// <summary>Scores every sentence and counts the model's calls at <paramref name="threshold"/> against the labels.</summary>
    /// <param name="model">The model.</param>
    /// <param name="examples">Labelled sentences.</param>
    /// <param name="threshold">The score from which a sentence counts as check-worthy, in [0, 1]. Default: 0.5.</param>
    /// <exception cref="ArgumentNullException">An argument or a sentence is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside [0, 1].</exception>
    public CheckWorthinessEvaluation Evaluate(CheckWorthinessModel model, IEnumerable<(string Text, bool CheckWorthy)> examples, double threshold = 0.5)
    {
        Guard.NotNull(model);
        Guard.NotNull(examples);
        Guard.InRange(threshold, 0, 1);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (text, checkWorthy) in examples)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(examples), "A sentence is null.");
            var called = model.Score(text) >= threshold;
            if (called && checkWorthy) tp++;
            else if (called) fp++;
            else if (checkWorthy) fn++;
            else tn++;
        }
        return new CheckWorthinessEvaluation(tp, fp, fn, tn);
    }

    /// <summary>Writes the model as an ML.NET model zip.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Save(CheckWorthinessModel model, Stream stream)
    {
        Guard.NotNull(model);
        model.Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The stream is not a check-worthiness model.</exception>
    public CheckWorthinessModel Load(Stream stream) => CheckWorthinessModel.Load(stream);

    /// <summary>Reads a model written by <see cref="Save"/> from a file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ModelLoadException">The file cannot be read or is not a check-worthiness model.</exception>
    public CheckWorthinessModel Load(string path) => CheckWorthinessModel.Load(path);
}

/// <summary>How a check-worthiness model's calls compare with labelled sentences (<see cref="CheckWorthinessCatalog.Evaluate"/>).</summary>
/// <param name="TruePositives">Check-worthy sentences called check-worthy.</param>
/// <param name="FalsePositives">Other sentences called check-worthy.</param>
/// <param name="FalseNegatives">Check-worthy sentences not called so.</param>
/// <param name="TrueNegatives">Other sentences not called check-worthy.</param>
public sealed record CheckWorthinessEvaluation(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>The number of sentences.</summary>
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>The share of sentences called right (0 for none).</summary>
    public double Accuracy => Count == 0 ? 0 : (TruePositives + TrueNegatives) / (double)Count;

    /// <summary>The share of sentences called check-worthy that are (0 when none is called).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>The share of check-worthy sentences called so (0 when there are none).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/> (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
