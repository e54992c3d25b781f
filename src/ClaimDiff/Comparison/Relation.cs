using System.Globalization;
using ClaimDiff.Claims;

namespace ClaimDiff.Comparison;

/// <summary>One conflicting pair of spans: the words in each text that make them disagree.</summary>
/// <param name="Type">The kind of conflict.</param>
/// <param name="First">The conflicting span in the first text (offsets into that text).</param>
/// <param name="Second">The conflicting span in the second text (offsets into that text).</param>
/// <param name="Description">A one-line reason fit to show a reader.</param>
public sealed record ConflictEvidence(DiscrepancyType Type, TextRange First, TextRange Second, string Description);

/// <summary>The classifier's verdict on a pair of texts.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record Relation
{
    /// <summary>The most likely label.</summary>
    public required RelationLabel Label { get; init; }

    /// <summary>
    /// The probability of <see cref="Label"/>, in [0, 1]. For the default model it matches how often the label is right
    /// to within about 0.03 on FNC-1, SNLI and news headline pairs (expected calibration error, docs/model-card.md).
    /// </summary>
    public required float Confidence { get; init; }

    /// <summary>The probability of each label; they sum to 1.</summary>
    public required IReadOnlyDictionary<RelationLabel, float> Scores { get; init; }

    /// <summary>The kind of conflict when the texts contradict, else <see langword="null"/>.</summary>
    public DiscrepancyType? Type { get; init; }

    /// <summary>
    /// The spans that conflict, strongest first; empty when none was found. Also given under another label, when the
    /// texts hold a typed conflict that the classifier weighed and judged otherwise.
    /// </summary>
    public IReadOnlyList<ConflictEvidence> Evidence { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label.ToName()} ({Confidence:0.00}){(Type is { } t ? " " + t.Name : "")}");
}
