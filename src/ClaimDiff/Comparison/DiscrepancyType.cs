using System.Text.RegularExpressions;

namespace ClaimDiff.Comparison;

/// <summary>
/// Why two claims conflict: one of the built-in kinds, or a kind that an
/// <see cref="Conflicts.IConflictDetector"/> added to the pipeline brings with it.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Two types are equal when their <see cref="Name"/>s are.</remarks>
public sealed partial class DiscrepancyType : IEquatable<DiscrepancyType>
{
    /// <summary>Creates a conflict type.</summary>
    /// <param name="name">The snake-case name that reports and JSON use (<c>numeric</c>, <c>date_time</c>, …): a lower-case letter, then lower-case letters, digits or underscores, at most 40 characters.</param>
    /// <param name="description">What the type means, in a sentence fit to show a reader.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not snake case or is too long, or <paramref name="description"/> is blank.</exception>
    public DiscrepancyType(string name, string description)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        if (!SnakeCase().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a conflict type name: expected a lower-case letter, then lower-case letters, digits or underscores, at most 40 characters.", nameof(name));
        if (string.IsNullOrWhiteSpace(description))
            throw new ArgumentException($"The conflict type '{name}' needs a description.", nameof(description));
        Name = name;
        Description = description;
    }

    /// <summary>The snake-case name used in reports and JSON.</summary>
    public string Name { get; }

    /// <summary>What the type means.</summary>
    public string Description { get; }

    /// <summary>No specific conflict was found; the classifier's judgement alone.</summary>
    public static DiscrepancyType General { get; } = new("general", "No specific conflict was found; the classifier's judgement alone.");

    /// <summary>Different numbers for the same quantity.</summary>
    public static DiscrepancyType Numeric { get; } = new("numeric", "Different numbers for the same quantity.");

    /// <summary>Different dates or times for the same event.</summary>
    public static DiscrepancyType DateTime { get; } = new("date_time", "Different dates or times for the same event.");

    /// <summary>One claim negates what the other affirms.</summary>
    public static DiscrepancyType Negation { get; } = new("negation", "One claim negates what the other affirms.");

    /// <summary>One source denies or refutes what the other reports.</summary>
    public static DiscrepancyType Denial { get; } = new("denial", "One source denies or refutes what the other reports.");

    /// <summary>A narrow scope ("only", "solely") against a broad one ("broadly", "beyond", "all").</summary>
    public static DiscrepancyType Scope { get; } = new("scope", "A narrow scope (\"only\", \"solely\") against a broad one (\"broadly\", \"beyond\", \"all\").");

    /// <summary>Opposite words for the same thing ("rose" / "fell").</summary>
    public static DiscrepancyType Antonym { get; } = new("antonym", "Opposite words for the same thing (\"rose\" / \"fell\").");

    /// <summary>A different actor, place or organisation in the same role.</summary>
    public static DiscrepancyType Entity { get; } = new("entity", "A different actor, place or organisation in the same role.");

    /// <summary>One source asserts what the other only hedges or predicts.</summary>
    public static DiscrepancyType Modality { get; } = new("modality", "One source asserts what the other only hedges or predicts.");

    /// <summary>A different source, agent or cause for the same statement, act or event.</summary>
    public static DiscrepancyType Attribution { get; } = new("attribution", "A different source, agent or cause for the same statement, act or event.");

    /// <summary>The built-in types: <see cref="General"/>, then the kinds the built-in detectors and models find.</summary>
    public static IReadOnlyList<DiscrepancyType> BuiltIn { get; } = [General, Numeric, DateTime, Negation, Denial, Scope, Antonym, Entity, Modality, Attribution];

    /// <inheritdoc />
    public bool Equals(DiscrepancyType? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiscrepancyType);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Whether two types have the same name.</summary>
    public static bool operator ==(DiscrepancyType? left, DiscrepancyType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two types have different names.</summary>
    public static bool operator !=(DiscrepancyType? left, DiscrepancyType? right) => !(left == right);

    /// <summary>The <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
