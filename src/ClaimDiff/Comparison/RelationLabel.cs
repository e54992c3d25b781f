namespace ClaimDiff.Comparison;

/// <summary>How two claims relate. Maps onto FNC-1 stances (disagree, agree, discuss, unrelated) and NLI labels (contradiction, entailment, neutral).</summary>
public enum RelationLabel
{
    /// <summary>The claims cannot both be true (FNC-1 disagree, NLI contradiction).</summary>
    Contradiction,
    /// <summary>One claim supports the other (FNC-1 agree, NLI entailment).</summary>
    Agreement,
    /// <summary>Same subject, compatible, neither supports nor contradicts (FNC-1 discuss, NLI neutral).</summary>
    Neutral,
    /// <summary>Different subjects (FNC-1 unrelated).</summary>
    Unrelated,
}

/// <summary>Why two claims conflict.</summary>
public enum DiscrepancyType
{
    /// <summary>No specific conflict was found; the classifier's judgement alone.</summary>
    General,
    /// <summary>Different numbers for the same quantity.</summary>
    Numeric,
    /// <summary>Different dates or times for the same event.</summary>
    DateTime,
    /// <summary>One claim negates what the other affirms.</summary>
    Negation,
    /// <summary>One source denies or refutes what the other reports.</summary>
    Denial,
    /// <summary>A narrow scope ("only", "solely") against a broad one ("broadly", "beyond", "all").</summary>
    Scope,
    /// <summary>Opposite words for the same thing ("rose" / "fell").</summary>
    Antonym,
    /// <summary>A different actor, place or organisation in the same role.</summary>
    Entity,
    /// <summary>One source asserts what the other only hedges or predicts.</summary>
    Modality,
    /// <summary>A different source, agent or cause for the same statement, act or event.</summary>
    Attribution,
}

/// <summary>Converts between labels and their names in the command-line contract and datasets.</summary>
public static class RelationLabels
{
    /// <summary>The four labels in the order of their values (contradiction, agreement, neutral, unrelated).</summary>
    public static IReadOnlyList<RelationLabel> All { get; } = Enum.GetValues<RelationLabel>();

    /// <summary>The lower-case name used in JSON and on the command line (<c>contradiction</c>, <c>agreement</c>, <c>neutral</c>, <c>unrelated</c>).</summary>
    public static string ToName(this RelationLabel label) => label switch
    {
        RelationLabel.Contradiction => "contradiction",
        RelationLabel.Agreement => "agreement",
        RelationLabel.Neutral => "neutral",
        RelationLabel.Unrelated => "unrelated",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown relation label."),
    };

    /// <summary>The snake-case name used in JSON (<c>numeric</c>, <c>date_time</c>, <c>scope</c>, …).</summary>
    public static string ToName(this DiscrepancyType type) => type switch
    {
        DiscrepancyType.DateTime => "date_time",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Parses a label from its ClaimDiff name, its FNC-1 stance (agree, disagree, discuss, unrelated) or its NLI label
    /// (entailment, contradiction, neutral), ignoring case.
    /// </summary>
    /// <exception cref="FormatException">The name is none of these.</exception>
    public static RelationLabel Parse(string name) => (name ?? throw new ArgumentNullException(nameof(name))).Trim().ToLowerInvariant() switch
    {
        "contradiction" or "disagree" or "refutes" or "against" => RelationLabel.Contradiction,
        "agreement" or "agree" or "entailment" or "entails" or "supports" or "for" => RelationLabel.Agreement,
        "neutral" or "discuss" or "not_enough_info" or "observing" or "not_entailment" => RelationLabel.Neutral,
        "unrelated" => RelationLabel.Unrelated,
        _ => throw new FormatException($"'{name}' is not a relation label (expected contradiction, agreement, neutral, unrelated or an FNC-1/NLI label)."),
    };
}
