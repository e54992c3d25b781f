using System.Globalization;
using ClaimDiff.Claims;

namespace ClaimDiff.Comparison;

/// <summary>Two claims from different sources about the same subject that cannot both be true.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record Discrepancy
{
    /// <summary>The discrepancy id, unique within a report (<c>d1</c>, <c>d2</c>, …).</summary>
    public required string Id { get; init; }

    /// <summary>The subject both claims belong to.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The first claim (earlier in report order).</summary>
    public required Claim ClaimA { get; init; }

    /// <summary>The second claim.</summary>
    public required Claim ClaimB { get; init; }

    /// <summary>The kind of conflict.</summary>
    public required DiscrepancyType Type { get; init; }

    /// <summary>
    /// The classifier's calibrated probability that the claims contradict; below
    /// <see cref="ComparisonOptions.DiscrepancyThreshold"/> only when typed evidence pinpoints the conflict.
    /// </summary>
    public required float Confidence { get; init; }

    /// <summary>A sentence that says who says what and why it conflicts.</summary>
    public required string Explanation { get; init; }

    /// <summary>The conflicting spans, with offsets into each claim's <see cref="Claim.Content"/>.</summary>
    public IReadOnlyList<ConflictEvidence> Evidence { get; init; } = [];

    /// <summary>
    /// The same disagreement found again between other claims of the same two sources about the same fact (a source
    /// repeating its claim), less sure than this one, with no id of their own; empty unless
    /// <see cref="ComparisonOptions.ModelVerdicts"/> is on, where a subject is one fact.
    /// </summary>
    public IReadOnlyList<Discrepancy> Repeats { get; init; } = [];

    /// <summary>This discrepancy's pair of claims, then each repeat's.</summary>
    public IEnumerable<(Claim A, Claim B)> Pairs => Repeats.Select(r => (r.ClaimA, r.ClaimB)).Prepend((ClaimA, ClaimB));

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Type.Name} ({Confidence:0.00}): {ClaimA.Source} — \"{ClaimA.Content}\" vs {ClaimB.Source} — \"{ClaimB.Content}\"");
}

/// <summary>Two claims from different sources about the same subject that support each other.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record Agreement
{
    /// <summary>The agreement id, unique within a report (<c>g1</c>, <c>g2</c>, …).</summary>
    public required string Id { get; init; }

    /// <summary>The subject both claims belong to.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The first claim.</summary>
    public required Claim ClaimA { get; init; }

    /// <summary>The second claim.</summary>
    public required Claim ClaimB { get; init; }

    /// <summary>
    /// The classifier's probability that the claims agree (averaged over both orders); for a restatement that the
    /// classifier calls neutral because one claim adds a detail, the probability that the two neither conflict nor are
    /// unrelated.
    /// </summary>
    public required float Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"agreement ({Confidence:0.00}): {ClaimA.Source} and {ClaimB.Source} — \"{ClaimA.Content}\"");
}
