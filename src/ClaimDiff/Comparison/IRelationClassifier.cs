using System.Collections.Frozen;

namespace ClaimDiff.Comparison;

/// <summary>Says whether two texts contradict, agree, are neutral or unrelated, and why.</summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IRelationClassifier
{
    /// <summary>Classifies the relation of <paramref name="second"/> to <paramref name="first"/>.</summary>
    /// <param name="first">A claim.</param>
    /// <param name="second">Another claim, or a whole article body.</param>
    Relation Classify(string first, string second);

    /// <summary>
    /// The conflict types whose evidence this classifier finds itself and puts in <see cref="Relation.Evidence"/>; the
    /// comparison stage runs the pipeline's <see cref="Conflicts.IConflictDetector"/>s for the other types. Default: none,
    /// so every detector runs. A classifier that wraps another (a cache, a timer) should give the inner one's.
    /// </summary>
    IReadOnlySet<DiscrepancyType> EvidenceTypes => FrozenSet<DiscrepancyType>.Empty;

    /// <summary>
    /// This classifier splitting a longer second text (an article body) into sentences with <paramref name="segmenter"/>:
    /// the pipeline calls it with the segmenter given to <see cref="ClaimDiffPipelineBuilder.Replace{TStage}"/>. Default:
    /// this classifier unchanged, for one that does not split text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is <see langword="null"/>.</exception>
    IRelationClassifier WithSegmenter(Text.ISentenceSegmenter segmenter) => this;

    /// <summary>
    /// Classifies many pairs at once, in order. A classifier that runs a neural model batches them; the default calls
    /// <see cref="Classify"/> once per pair.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or one of its texts is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<Relation> ClassifyAll(IReadOnlyList<(string First, string Second)> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var relations = new Relation[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            relations[i] = Classify(pairs[i].First, pairs[i].Second);
        }
        return relations;
    }
}
