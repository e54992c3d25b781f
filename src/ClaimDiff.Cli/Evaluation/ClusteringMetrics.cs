namespace ClaimDiff.Cli.Evaluation;

/// <summary>External clustering scores of predicted clusters against gold classes: adjusted Rand index, homogeneity, completeness, V-measure and pairwise F1.</summary>
internal sealed record ClusteringMetrics(double AdjustedRandIndex, double Homogeneity, double Completeness, double VMeasure, double PairPrecision, double PairRecall, double PairF1, int Clusters, int Classes)
{
    public static ClusteringMetrics Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException("The gold and predicted label lists differ in length.");
        var n = gold.Count;
        var contingency = new Dictionary<(string Gold, string Predicted), long>();
        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            contingency[(gold[i], predicted[i])] = contingency.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }

        static double Pairs(long x) => x * (x - 1) / 2.0;
        var sameBoth = contingency.Values.Sum(Pairs);
        var sameGold = goldSizes.Values.Sum(Pairs);
        var samePredicted = predictedSizes.Values.Sum(Pairs);
        var all = Pairs(n);
        var expected = all == 0 ? 0 : sameGold * samePredicted / all;
        var maximum = (sameGold + samePredicted) / 2;
        var ari = maximum - expected == 0 ? 1 : (sameBoth - expected) / (maximum - expected);

        double Entropy(IEnumerable<long> sizes) => -sizes.Sum(s => s / (double)n * Math.Log(s / (double)n));
        var hGold = Entropy(goldSizes.Values);
        var hPredicted = Entropy(predictedSizes.Values);
        // Conditional entropies H(gold | predicted) and H(predicted | gold) from the contingency table.
        var hGoldGivenPredicted = -contingency.Sum(kv => kv.Value / (double)n * Math.Log(kv.Value / (double)predictedSizes[kv.Key.Predicted]));
        var hPredictedGivenGold = -contingency.Sum(kv => kv.Value / (double)n * Math.Log(kv.Value / (double)goldSizes[kv.Key.Gold]));
        var homogeneity = hGold == 0 ? 1 : 1 - hGoldGivenPredicted / hGold;
        var completeness = hPredicted == 0 ? 1 : 1 - hPredictedGivenGold / hPredicted;
        var v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness);

        var precision = samePredicted == 0 ? 1 : sameBoth / samePredicted;
        var recall = sameGold == 0 ? 1 : sameBoth / sameGold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusteringMetrics(ari, homogeneity, completeness, v, precision, recall, f1, predictedSizes.Count, goldSizes.Count);
    }
}
