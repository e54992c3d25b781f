using ClaimDiff.Comparison;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>One text of a story with its stance towards the story's claim: for (or the claim itself), against, or observing.</summary>
internal readonly record struct StoryItem(string Story, RelationLabel Stance);

/// <summary>
/// How a report's discrepancies and agreements match stories whose texts carry stances. Two texts of one story conflict
/// when one is for the claim and the other against it, and agree when both are for or both against; a pair with an
/// observing text is ambiguous and counted apart; texts of different stories neither conflict nor agree, so anything
/// reported between them is false.
/// </summary>
internal sealed record ReportScores(
    int ConflictingPairs,
    int AgreeingPairs,
    int DiscrepanciesFound,
    int DiscrepanciesOnAgreeingPairs,
    int DiscrepanciesAcrossStories,
    int DiscrepanciesOnAmbiguousPairs,
    int AgreementsFound,
    int AgreementsOnConflictingPairs,
    int AgreementsAcrossStories,
    int AgreementsOnAmbiguousPairs,
    IReadOnlyDictionary<string, (int Real, int False)> DiscrepanciesByType,
    IReadOnlyList<(int Conflicting, int Found)> ConflictsByStory)
{
    public double DiscrepancyPrecision => Ratio(DiscrepanciesFound, DiscrepanciesFound + DiscrepanciesOnAgreeingPairs + DiscrepanciesAcrossStories);

    /// <summary>The precision among the discrepancies within one story, where the stances say what is real.</summary>
    public double DiscrepancyPrecisionWithinStories => Ratio(DiscrepanciesFound, DiscrepanciesFound + DiscrepanciesOnAgreeingPairs);

    public double DiscrepancyRecall => Ratio(DiscrepanciesFound, ConflictingPairs);

    /// <summary>
    /// The recall of each story with conflicting pairs, averaged over those stories: pair recall counts a story of many
    /// headlines quadratically (one rumour held 160 of the 486 conflicting pairs missed on Emergent), this counts each once.
    /// </summary>
    public double StoryAveragedRecall => ConflictsByStory.Count == 0 ? 0 : ConflictsByStory.Average(s => Ratio(s.Found, s.Conflicting));

    /// <summary>The stories with conflicting pairs of which at least one is reported: whether a reader learns that the story is disputed.</summary>
    public int StoriesWithAConflictFound => ConflictsByStory.Count(s => s.Found > 0);

    /// <summary>The share of agreeing pairs reported as discrepancies.</summary>
    public double AgreementsFlagged => Ratio(DiscrepanciesOnAgreeingPairs, AgreeingPairs);

    public double AgreementPrecision => Ratio(AgreementsFound, AgreementsFound + AgreementsOnConflictingPairs + AgreementsAcrossStories);

    public double AgreementRecall => Ratio(AgreementsFound, AgreeingPairs);

    /// <param name="items">The texts, by index.</param>
    /// <param name="discrepancies">The reported discrepancies: the indexes of the two texts and the discrepancy type.</param>
    /// <param name="agreements">The reported agreements: the indexes of the two texts.</param>
    public static ReportScores Compute(IReadOnlyList<StoryItem> items, IEnumerable<(int A, int B, string Type)> discrepancies, IEnumerable<(int A, int B)> agreements)
    {
        int conflicting = 0, agreeing = 0;
        var byStory = new Dictionary<string, (int Conflicting, int Found)>(StringComparer.Ordinal);
        foreach (var story in items.Select((item, i) => (item, i)).GroupBy(x => x.item.Story))
        {
            var members = story.ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                {
                    var kind = Kind(members[i].item, members[j].item);
                    if (kind == PairKind.Conflicting)
                    {
                        conflicting++;
                        byStory[story.Key] = (byStory.GetValueOrDefault(story.Key).Conflicting + 1, 0);
                    }
                    else if (kind == PairKind.Agreeing) agreeing++;
                }
        }

        var d = new int[4];
        var byType = new SortedDictionary<string, (int Real, int False)>(StringComparer.Ordinal);
        foreach (var (a, b, type) in Distinct(discrepancies.Select(x => (x.A, x.B, x.Type))))
        {
            var kind = Kind(items[a], items[b]);
            d[(int)kind]++;
            if (kind == PairKind.Ambiguous) continue;
            var (real, wrong) = byType.GetValueOrDefault(type);
            byType[type] = kind == PairKind.Conflicting ? (real + 1, wrong) : (real, wrong + 1);
            if (kind == PairKind.Conflicting && byStory[items[a].Story] is var counts)
                byStory[items[a].Story] = counts with { Found = counts.Found + 1 };
        }
        var g = new int[4];
        foreach (var (a, b, _) in Distinct(agreements.Select(x => (x.A, x.B, ""))))
            g[(int)Kind(items[a], items[b])]++;

        return new ReportScores(conflicting, agreeing,
            d[(int)PairKind.Conflicting], d[(int)PairKind.Agreeing], d[(int)PairKind.AcrossStories], d[(int)PairKind.Ambiguous],
            g[(int)PairKind.Agreeing], g[(int)PairKind.Conflicting], g[(int)PairKind.AcrossStories], g[(int)PairKind.Ambiguous],
            byType, [.. byStory.Values]);
    }

    /// <summary>Each unordered pair once: a report may list two claims of the same two texts.</summary>
    private static IEnumerable<(int A, int B, string Type)> Distinct(IEnumerable<(int A, int B, string Type)> pairs)
        => pairs.Where(p => p.A != p.B).DistinctBy(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B)));

    private enum PairKind
    {
        Conflicting,
        Agreeing,
        AcrossStories,
        Ambiguous,
    }

    private static PairKind Kind(StoryItem x, StoryItem y)
    {
        if (x.Story != y.Story) return PairKind.AcrossStories;
        if (x.Stance == RelationLabel.Neutral || y.Stance == RelationLabel.Neutral) return PairKind.Ambiguous;
        return x.Stance == y.Stance ? PairKind.Agreeing : PairKind.Conflicting;
    }

    private static double Ratio(int x, int y) => y == 0 ? 0 : x / (double)y;
}
