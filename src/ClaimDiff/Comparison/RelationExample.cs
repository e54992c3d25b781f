namespace ClaimDiff.Comparison;

/// <summary>A labelled pair of texts for training or evaluating a relation classifier.</summary>
/// <param name="First">The claim.</param>
/// <param name="Second">The other claim, or an article body.</param>
/// <param name="Label">The gold relation of <paramref name="Second"/> to <paramref name="First"/>.</param>
/// <param name="Group">
/// Pairs that share a group (e.g. the same FNC-1 body) are kept on the same side of a train/validation split;
/// <see langword="null"/> when each pair stands alone.
/// </param>
public sealed record RelationExample(string First, string Second, RelationLabel Label, string? Group = null)
{
    /// <summary>
    /// People's explanations of the label (e-SNLI's, for SNLI pairs), or <see langword="null"/>. Training learns from them
    /// which word pairs make a contradiction ("sleeping" / "running"); they are never needed to classify.
    /// </summary>
    public IReadOnlyList<string>? Explanations { get; init; }
}
