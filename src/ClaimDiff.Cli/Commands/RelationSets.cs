using ClaimDiff.Comparison;
using ClaimDiff.Cli.Evaluation;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary>The named pair sets the train and evaluate commands read from a data folder.</summary>
internal static class RelationSets
{
    /// <summary>The share of training groups (FNC-1 bodies, SNLI rows, Emergent claims) held out for validation.</summary>
    public const double ValidationFraction = 0.15;

    public static readonly string[] Names = ["fnc1-test", "snli-test", "mnli-dev-matched", "anli", "cad-snli", "scitail", "sick", "fnc1-validation", "snli-validation", "emergent-unseen", "emergent-validation", "emergent-headlines-unseen", "emergent-headlines-validation"];

    /// <summary>
    /// The training pairs, in named parts of a source each (the part of <see cref="RelationExample.Group"/> before ':'):
    /// FNC-1 train, SNLI dev, Emergent's claim/headline pairs of the stories FNC-1 train holds and FNC-1 test does not
    /// (<see cref="EmergentSplit"/>, with <see cref="WithUnrelatedHeadlines"/>), and the headlines of those stories paired
    /// with each other (<see cref="HeadlinePairs"/>). Never a test split.
    /// </summary>
    public static List<(string Source, string Name, List<RelationExample> Pairs)> Training(string data)
    {
        var emergent = EmergentSplit(data).Training;
        return
        [
            ("fnc1", "fnc1", RelationDatasets.Fnc1(data, "train")),
            ("snli", "snli", RelationDatasets.Snli(data, "dev")),
            ("emergent", "emergent", WithUnrelatedHeadlines(emergent)),
            ("emergent", "emergent headline pairs", HeadlinePairs(emergent)),
        ];
    }

    /// <summary>The most pairs of one label that <see cref="HeadlinePairs"/> takes from one story, so that big stories do not dominate.</summary>
    public const int MaxHeadlinePairsPerLabel = 40;

    /// <summary>
    /// Two outlets' headlines on one rumour, as a report compares them: a headline for the claim against
    /// one against it is a contradiction, two for or two against agree. A pair with an observing headline
    /// ("Man claims to have found …") is left out: it reports what the other confirms or denies, which is neither
    /// agreement nor plain neutrality. The pairs keep the story's group, so a story
    /// stays on one side of a split; the order of each pair alternates. Deterministic.
    /// </summary>
    public static List<RelationExample> HeadlinePairs(List<RelationExample> pairs)
    {
        var result = new List<RelationExample>();
        foreach (var story in pairs.GroupBy(e => e.Group, StringComparer.Ordinal))
        {
            var items = story.Select(e => (Text: e.Second, Stance: e.Label)).DistinctBy(i => i.Text, StringComparer.OrdinalIgnoreCase).ToList();
            var taken = new Dictionary<RelationLabel, int>();
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    var (a, b) = (items[i].Stance, items[j].Stance);
                    RelationLabel? label = (a, b) switch
                    {
                        (RelationLabel.Neutral, _) or (_, RelationLabel.Neutral) => null,
                        _ when a == b => RelationLabel.Agreement,
                        _ => RelationLabel.Contradiction,
                    };
                    if (label is not { } l || taken.GetValueOrDefault(l) >= MaxHeadlinePairsPerLabel) continue;
                    taken[l] = taken.GetValueOrDefault(l) + 1;
                    var (first, second) = (i + j) % 2 == 0 ? (items[i].Text, items[j].Text) : (items[j].Text, items[i].Text);
                    result.Add(new RelationExample(first, second, l, story.Key));
                }
            }
        }
        return result;
    }

    /// <summary>The documents the document-frequency table counts: FNC-1 training bodies and headlines.</summary>
    public static IEnumerable<string> Documents(string data)
        => RelationDatasets.Fnc1Bodies(data, "train")
            .Concat(RelationDatasets.Fnc1(data, "train").Select(e => e.First).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// Labelled news claim pairs as JSON Lines, one <c>{"a", "b", "label"}</c> object per line (also <c>"event"</c>, the
    /// group, and <c>"type"</c>, which is ignored here), such as <c>tools/train-relation-model/data/news-test.jsonl</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not such an object; the message names the file and the line.</exception>
    public static List<RelationExample> JsonPairs(FileInfo file)
    {
        var examples = new List<RelationExample>();
        foreach (var (line, json, error) in CliOptions.ReadJsonLines(file))
        {
            try
            {
                if (json is null)
                    throw new FormatException(error);
                string Field(string name) => json[name]?.Type == JTokenType.String ? (string)json[name]! : throw new FormatException($"needs a string field \"{name}\"");
                examples.Add(new RelationExample(Field("a"), Field("b"), RelationLabels.Parse(Field("label")), (string?)json["event"] ?? (string?)json["id"]));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{file.FullName}:{line}: {e.Message}", e);
            }
        }
        return examples;
    }

    public static IReadOnlyList<RelationExample> Load(string data, string set, int seed) => set switch
    {
        "fnc1-test" => RelationDatasets.Fnc1(data, "competition_test"),
        "snli-test" => RelationDatasets.Snli(data, "test"),
        "mnli-dev-matched" => RelationDatasets.NliTable(data, "mnli", "mnli_dev_matched.tsv"),
        "anli" => RelationDatasets.NliTable(data, "anli", "anli_test_r1r2r3.tsv"),
        "cad-snli" => RelationDatasets.NliTable(data, "cad-snli", "cad_snli_test.tsv"),
        "scitail" => RelationDatasets.NliTable(data, "scitail", "scitail_test.tsv"),
        // The corrected labels of the SemEval TEST part; SICK is non-commercial, so it is for evaluation only.
        "sick" => RelationDatasets.Sick(data, "TEST"),
        "fnc1-validation" => new ClaimDiffContext(seed).Split(RelationDatasets.Fnc1(data, "train"), ValidationFraction).Validation,
        "snli-validation" => new ClaimDiffContext(seed).Split(RelationDatasets.Snli(data, "dev"), ValidationFraction).Validation,
        "emergent-unseen" => EmergentSplit(data).Unseen,
        "emergent-validation" => new ClaimDiffContext(seed).Split(EmergentSplit(data).Training, ValidationFraction).Validation,
        "emergent-headlines-unseen" => HeadlinePairs(EmergentSplit(data).Unseen),
        "emergent-headlines-validation" => new ClaimDiffContext(seed).Split(HeadlinePairs(EmergentSplit(data).Training), ValidationFraction).Validation,
        _ => throw new ArgumentException($"unknown set '{set}' (expected one of {string.Join(", ", Names)})"),
    };

    /// <summary>
    /// The pairs, then each claim against the headline half the list away that belongs to another story, labelled
    /// unrelated, as FNC-1 builds its unrelated pairs: without them no sentence-sized pair in training is unrelated,
    /// and the model calls two sentences about different things a contradiction. Deterministic.
    /// </summary>
    public static List<RelationExample> WithUnrelatedHeadlines(List<RelationExample> pairs)
    {
        var unrelated = new List<RelationExample>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            for (var step = 0; step < pairs.Count; step++)
            {
                var other = pairs[(i + pairs.Count / 2 + step) % pairs.Count];
                if (other.Group == pairs[i].Group) continue;
                unrelated.Add(pairs[i] with { Second = other.Second, Label = RelationLabel.Unrelated });
                break;
            }
        }
        return [.. pairs, .. unrelated];
    }

    /// <summary>
    /// Emergent's (claim, article headline) pairs split by story against FNC-1, which was built from Emergent. Training:
    /// the claims with an article headline among FNC-1 train's headlines and none among FNC-1 test's, so that training on
    /// them leaks nothing of the FNC-1 test. Unseen: the claims none of whose headlines FNC-1 train holds; news claim
    /// against news claim, one sentence each, for evaluation only (both of Emergent's own splits).
    /// </summary>
    public static (List<RelationExample> Training, List<RelationExample> Unseen) EmergentSplit(string data)
    {
        static string Normal(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        HashSet<string?> ClaimsWithHeadlineIn(List<RelationExample> pairs, string split)
        {
            var headlines = RelationDatasets.Fnc1(data, split).Select(e => Normal(e.First)).ToHashSet(StringComparer.Ordinal);
            return pairs.Where(e => headlines.Contains(Normal(e.Second))).Select(e => e.Group).ToHashSet(StringComparer.Ordinal);
        }
        var pairs = RelationDatasets.Emergent(data);
        var inTraining = ClaimsWithHeadlineIn(pairs, "train");
        var inTest = ClaimsWithHeadlineIn(pairs, "competition_test");
        return ([.. pairs.Where(e => inTraining.Contains(e.Group) && !inTest.Contains(e.Group))], [.. pairs.Where(e => !inTraining.Contains(e.Group))]);
    }
}
