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
