using ClaimDiff.Cli.Evaluation;

namespace ClaimDiff.Tests.Cli;

public class ClusteringMetricsTests
{
    [Test]
    public void Scores_a_perfect_clustering_as_one_whatever_the_cluster_names()
    {
        var m = ClusteringMetrics.Compute(["a", "a", "b", "b", "c"], ["x", "x", "y", "y", "z"]);
        Assert.Multiple(() =>
        {
            Assert.That(m.AdjustedRandIndex, Is.EqualTo(1).Within(1e-12));
            Assert.That(m.VMeasure, Is.EqualTo(1).Within(1e-12));
            Assert.That(m.PairF1, Is.EqualTo(1).Within(1e-12));
        });
    }

    [Test]
    public void Matches_the_values_scikit_learn_documents_for_its_examples()
    {
        // scikit-learn's documentation: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.57, v_measure_score(...) = 0.8,
        // homogeneity_score(...) = 1.0, completeness_score(...) = 0.67 (rounded as printed there).
        var m = ClusteringMetrics.Compute(["0", "0", "1", "1"], ["0", "0", "1", "2"]);
        Assert.Multiple(() =>
        {
            Assert.That(m.AdjustedRandIndex, Is.EqualTo(0.5714).Within(1e-4));
            Assert.That(m.Homogeneity, Is.EqualTo(1).Within(1e-12));
            Assert.That(m.Completeness, Is.EqualTo(0.6667).Within(1e-4));
            Assert.That(m.VMeasure, Is.EqualTo(0.8).Within(1e-12));
        });
    }

    [Test]
    public void Scores_all_singletons_against_two_classes_as_complete_homogeneity_but_no_agreement()
    {
        var m = ClusteringMetrics.Compute(["a", "a", "b", "b"], ["1", "2", "3", "4"]);
        Assert.Multiple(() =>
        {
            Assert.That(m.Homogeneity, Is.EqualTo(1).Within(1e-12));
            Assert.That(m.AdjustedRandIndex, Is.EqualTo(0).Within(1e-12));
        });
    }
}
