namespace ClaimDiff.Comparison;

/// <summary>Says whether two texts contradict, agree, are neutral or unrelated, and why.</summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IRelationClassifier
{
    /// <summary>Classifies the relation of <paramref name="second"/> to <paramref name="first"/>.</summary>
    /// <param name="first">A claim.</param>
    /// <param name="second">Another claim, or a whole article body.</param>
    Relation Classify(string first, string second);
}
