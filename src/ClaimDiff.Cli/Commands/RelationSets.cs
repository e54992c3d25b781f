using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Datasets;

namespace ClaimDiff.Cli.Commands;

/// <summary>The named pair sets the train and evaluate commands read from a data folder.</summary>
internal static class RelationSets
{
    /// <summary>The share of training groups (FNC-1 bodies, SNLI rows) held out for validation.</summary>
    public const double ValidationFraction = 0.15;

    public static readonly string[] Names = ["fnc1-test", "snli-test", "sick", "fnc1-validation", "snli-validation"];

    /// <summary>The training pairs: FNC-1 train and SNLI dev. Never a test split.</summary>
    public static List<RelationExample> Training(string data)
        => [.. RelationDatasets.Fnc1(data, "train"), .. RelationDatasets.Snli(data, "dev")];

    /// <summary>The documents the document-frequency table counts: FNC-1 training bodies and headlines.</summary>
    public static IEnumerable<string> Documents(string data)
        => RelationDatasets.Fnc1Bodies(data, "train")
            .Concat(RelationDatasets.Fnc1(data, "train").Select(e => e.First).Distinct(StringComparer.Ordinal));

    public static IReadOnlyList<RelationExample> Load(string data, string set, int seed) => set switch
    {
        "fnc1-test" => RelationDatasets.Fnc1(data, "competition_test"),
        "snli-test" => RelationDatasets.Snli(data, "test"),
        // The corrected labels of the SemEval TEST part; SICK is non-commercial, so it is for evaluation only.
        "sick" => RelationDatasets.Sick(data, "TEST"),
        "fnc1-validation" => new ClaimDiffContext(seed).Split(RelationDatasets.Fnc1(data, "train"), ValidationFraction).Validation,
        "snli-validation" => new ClaimDiffContext(seed).Split(RelationDatasets.Snli(data, "dev"), ValidationFraction).Validation,
        _ => throw new ArgumentException($"unknown set '{set}' (expected one of {string.Join(", ", Names)})"),
    };
}
