namespace ClaimDiff.Subjects;

/// <summary>A group of claims about the same thing (the scope of a ban, its start date, a death toll).</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record Subject
{
    /// <summary>The subject id, unique within a report (<c>s1</c>, <c>s2</c>, …).</summary>
    public required string Id { get; init; }

    /// <summary>A short label a person understands.</summary>
    public required string Label { get; init; }

    /// <summary>The most informative terms shared by the subject's claims, most informative first.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The ids of the claims in the subject, in report order.</summary>
    public required IReadOnlyList<string> ClaimIds { get; init; }

    /// <summary>The id of the claim closest to the subject's centre.</summary>
    public required string RepresentativeClaimId { get; init; }

    /// <summary>
    /// The event (one story: the articles about one happening) the subject's claims belong to, as an id unique within a
    /// report (<c>e1</c>, <c>e2</c>, …); <see langword="null"/> when the grouper does not find events (only
    /// <see cref="FactSubjectGrouper"/> does).
    /// </summary>
    public string? Event { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Label} ({ClaimIds.Count} claims)";
}
