namespace ClaimDiff.Comparison;

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Precision">Correct predictions of the label over all predictions of it (0 when never predicted).</param>
/// <param name="Recall">Correct predictions of the label over all gold examples of it (0 when absent).</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="Support">The number of gold examples with the label.</param>
public sealed record LabelMetrics(double Precision, double Recall, double F1, int Support);

/// <summary>The metrics of a relation classifier on a labelled set.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RelationEvaluation
{
    private readonly int[,] _confusion;
    private readonly RelationLabel[] _gold;
    private readonly float[] _contradictionScores;

    internal RelationEvaluation(int[,] confusion, double seconds, RelationLabel[] goldLabels, Relation[] relations)
    {
        _confusion = confusion;
        _gold = goldLabels;
        Relations = relations;
        _contradictionScores = [.. relations.Select(r => r.Scores.TryGetValue(RelationLabel.Contradiction, out var p) ? p : 0f)];
        Seconds = seconds;
        var labels = Enum.GetValues<RelationLabel>();
        var perLabel = new Dictionary<RelationLabel, LabelMetrics>();
        var correct = 0;
        foreach (var label in labels)
        {
            var i = (int)label;
            var tp = confusion[i, i];
            correct += tp;
            int predicted = 0, gold = 0;
            foreach (var other in labels)
            {
                predicted += confusion[(int)other, i];
                gold += confusion[i, (int)other];
            }
            var p = predicted == 0 ? 0 : tp / (double)predicted;
            var r = gold == 0 ? 0 : tp / (double)gold;
            perLabel[label] = new LabelMetrics(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold);
            Count += gold;
        }
        PerLabel = perLabel;
        Accuracy = Count == 0 ? 0 : correct / (double)Count;
        var present = perLabel.Values.Where(m => m.Support > 0).ToList();
        MacroF1 = present.Count == 0 ? 0 : present.Average(m => m.F1);
    }

    /// <summary>The number of pairs evaluated.</summary>
    public int Count { get; }

    /// <summary>The share of pairs labelled correctly.</summary>
    public double Accuracy { get; }

    /// <summary>The mean F1 over the labels present in the gold data.</summary>
    public double MacroF1 { get; }

    /// <summary>Precision, recall and F1 per label.</summary>
    public IReadOnlyDictionary<RelationLabel, LabelMetrics> PerLabel { get; }

    /// <summary>The classifier's answer for each pair, in the order of the evaluated examples.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>
    /// How far the confidence of the predicted label is from how often that label is right: the expected calibration
    /// error over 10 equal-width confidence bins (the share of pairs in each bin times the gap between its mean
    /// confidence and its accuracy, summed). 0 for a perfectly calibrated classifier.
    /// </summary>
    public double ExpectedCalibrationError
    {
        get
        {
            const int bins = 10;
            var (confidence, correct, count) = (new double[bins], new int[bins], new int[bins]);
            for (var i = 0; i < Relations.Count; i++)
            {
                var bin = Math.Clamp((int)(Relations[i].Confidence * bins), 0, bins - 1);
                confidence[bin] += Relations[i].Confidence;
                if (Relations[i].Label == _gold[i]) correct[bin]++;
                count[bin]++;
            }
            var error = 0.0;
            for (var b = 0; b < bins; b++)
                if (count[b] > 0) error += Math.Abs(confidence[b] - correct[b]) / Math.Max(1, Relations.Count);
            return error;
        }
    }

    /// <summary>The mean confidence of the predicted labels (compare with <see cref="Accuracy"/>).</summary>
    public double MeanConfidence => Relations.Count == 0 ? 0 : Relations.Average(r => (double)r.Confidence);

    /// <summary>The wall-clock seconds spent classifying.</summary>
    public double Seconds { get; }

    /// <summary>Pairs classified per second.</summary>
    public double PairsPerSecond => Seconds <= 0 ? 0 : Count / Seconds;

    /// <summary>How many pairs with gold label <paramref name="gold"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Confusion(RelationLabel gold, RelationLabel predicted) => _confusion[(int)gold, (int)predicted];

    /// <summary>
    /// Precision, recall and F1 of the contradiction label under the rule "contradiction when its score is at least
    /// <paramref name="threshold"/>", whatever the most likely label is (the rule a caller that only needs discrepancies can use).
    /// </summary>
    public LabelMetrics ContradictionAt(double threshold)
    {
        int tp = 0, predicted = 0, gold = 0;
        for (var i = 0; i < _gold.Length; i++)
        {
            var isGold = _gold[i] == RelationLabel.Contradiction;
            var isPredicted = _contradictionScores[i] >= threshold;
            if (isGold) gold++;
            if (isPredicted) predicted++;
            if (isGold && isPredicted) tp++;
        }
        var p = predicted == 0 ? 0 : tp / (double)predicted;
        var r = gold == 0 ? 0 : tp / (double)gold;
        return new LabelMetrics(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold);
    }

    /// <summary>
    /// The FNC-1 score relative to the best possible (1.0 = all correct): 0.25 for a correct unrelated/related split, plus 0.75
    /// for the exact label of a related pair (the official scorer's weights).
    /// </summary>
    public double FncRelativeScore
    {
        get
        {
            double score = 0, max = 0;
            foreach (var gold in Enum.GetValues<RelationLabel>())
            {
                foreach (var predicted in Enum.GetValues<RelationLabel>())
                {
                    var n = _confusion[(int)gold, (int)predicted];
                    if (n == 0) continue;
                    max += n * (gold == RelationLabel.Unrelated ? 0.25 : 1.0);
                    var s = 0.0;
                    if (gold == predicted) s += 0.25;
                    if (gold != RelationLabel.Unrelated && gold == predicted) s += 0.5;
                    if (gold != RelationLabel.Unrelated && predicted != RelationLabel.Unrelated) s += 0.25;
                    score += n * s;
                }
            }
            return max == 0 ? 0 : score / max;
        }
    }
}
