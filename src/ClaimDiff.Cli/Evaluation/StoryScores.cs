using ClaimDiff.Claims;
using ClaimDiff.Comparison;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>What became of one annotated pair: whether both passages gave claims, whether one subject holds them, and what was reported.</summary>
internal enum PairOutcome
{
    /// <summary>No claim covers one of the two passages.</summary>
    NotExtracted,
    /// <summary>Both gave claims, in different subjects.</summary>
    OtherSubjects,
    /// <summary>One subject holds both, and nothing pairs them.</summary>
    NotReported,
    /// <summary>A discrepancy pairs them.</summary>
    Discrepancy,
    /// <summary>An agreement pairs them.</summary>
    Agreement,
}

/// <summary>A reported discrepancy with what the annotations say of it.</summary>
internal enum ReportedVerdict
{
    /// <summary>It pairs the passages of an annotated discrepancy.</summary>
    Annotated,
    /// <summary>It pairs the passages of an annotated agreement.</summary>
    OnAgreement,
    /// <summary>Its claims are in different stories.</summary>
    AcrossStories,
    /// <summary>Within one story, between passages the writer did not annotate as conflicting.</summary>
    Unannotated,
}

/// <summary>
/// Scores a report of the written stories (<see cref="WrittenStories"/>) against their annotations. A pair of passages
/// is reported when a discrepancy (or agreement) pairs a claim overlapping one passage with a claim overlapping the
/// other. Precision counts every reported discrepancy that pairs no annotated conflict as false, so it is a lower
/// bound: a writer may have left a real conflict unannotated.
/// </summary>
internal sealed class StoryScores
{
    private readonly ILookup<string, Claim> _claimsOf;
    private readonly Dictionary<string, string> _subjectOf;
    private readonly Dictionary<string, string> _storyOf;

    public StoryScores(IReadOnlyList<WrittenStory> stories, Report report)
    {
        _claimsOf = report.Claims.ToLookup(c => c.ArticleId, StringComparer.Ordinal);
        _subjectOf = report.Subjects.SelectMany(s => s.ClaimIds.Select(c => (c, s.Id))).ToDictionary(x => x.c, x => x.Id, StringComparer.Ordinal);
        _storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Id!, s.Name))).ToDictionary(x => x.Item1, x => x.Name, StringComparer.Ordinal);
        var discrepancies = stories.SelectMany(s => s.Discrepancies).ToList();
        var agreements = stories.SelectMany(s => s.Agreements).ToList();
        Discrepancies = [.. discrepancies.Select(p => (p, Outcome(p, report)))];
        Agreements = [.. agreements.Select(p => (p, Outcome(p, report)))];
        Reported = [.. report.Discrepancies.Select(d => (d, Verdict(d, discrepancies, agreements)))];
        SameFact = ScoreSameFact(discrepancies.Concat(agreements).ToList());
    }

    /// <summary>
    /// How well subjects are facts, over the claims covering annotated passages: two passages are one fact when an
    /// annotated pair joins them (directly, through a chain of pairs, or by overlapping in one article); two claims of
    /// one story from different articles are a positive pair when they cover passages of one fact, a negative pair when
    /// every passage they cover is of another fact. Precision and recall are of the pairs that one subject holds.
    /// </summary>
    public (double Precision, double Recall, double F1, int Positive, int Negative) SameFact { get; }

    /// <summary>Each annotated discrepancy with its outcome.</summary>
    public IReadOnlyList<(StoryPair Pair, PairOutcome Outcome)> Discrepancies { get; }

    /// <summary>Each annotated agreement with its outcome.</summary>
    public IReadOnlyList<(StoryPair Pair, PairOutcome Outcome)> Agreements { get; }

    /// <summary>Each reported discrepancy with its verdict.</summary>
    public IReadOnlyList<(Discrepancy Discrepancy, ReportedVerdict Verdict)> Reported { get; }

    public double Recall => Share(Discrepancies, o => o == PairOutcome.Discrepancy);

    public double Precision => Reported.Count == 0 ? 0 : (double)Reported.Count(r => r.Verdict == ReportedVerdict.Annotated) / Reported.Count;

    /// <summary>The share of annotated agreements reported as discrepancies.</summary>
    public double AgreementsFlagged => Share(Agreements, o => o == PairOutcome.Discrepancy);

    /// <summary>The share of annotated agreements listed as agreements.</summary>
    public double AgreementRecall => Share(Agreements, o => o == PairOutcome.Agreement);

    /// <summary>The claims that overlap a passage.</summary>
    public List<Claim> Covering(StorySide side)
        => [.. _claimsOf[side.ArticleId].Where(c => c.Start < side.Span.End && c.End > side.Span.Start)];

    private PairOutcome Outcome(StoryPair pair, Report report)
    {
        var (a, b) = (Covering(pair.First), Covering(pair.Second));
        if (a.Count == 0 || b.Count == 0) return PairOutcome.NotExtracted;
        if (report.Discrepancies.Any(d => d.Pairs.Any(p => Joins(pair, p.A, p.B)))) return PairOutcome.Discrepancy;
        if (report.Agreements.Any(g => Joins(pair, g.ClaimA, g.ClaimB))) return PairOutcome.Agreement;
        return a.Any(x => b.Any(y => _subjectOf[x.Id] == _subjectOf[y.Id])) ? PairOutcome.NotReported : PairOutcome.OtherSubjects;
    }

    private ReportedVerdict Verdict(Discrepancy d, List<StoryPair> discrepancies, List<StoryPair> agreements)
    {
        if (_storyOf[d.ClaimA.ArticleId] != _storyOf[d.ClaimB.ArticleId]) return ReportedVerdict.AcrossStories;
        if (discrepancies.Any(p => d.Pairs.Any(x => Joins(p, x.A, x.B)))) return ReportedVerdict.Annotated;
        return agreements.Any(p => d.Pairs.Any(x => Joins(p, x.A, x.B))) ? ReportedVerdict.OnAgreement : ReportedVerdict.Unannotated;
    }

    /// <summary>Whether <paramref name="x"/> and <paramref name="y"/>, in either order, cover the two passages of <paramref name="pair"/>.</summary>
    private bool Joins(StoryPair pair, Claim x, Claim y)
    {
        var (a, b) = (Covering(pair.First), Covering(pair.Second));
        return a.Contains(x) && b.Contains(y) || a.Contains(y) && b.Contains(x);
    }

    private (double, double, double, int, int) ScoreSameFact(List<StoryPair> pairs)
    {
        var sides = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToList();
        var parent = Enumerable.Range(0, sides.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var index = sides.Select((side, i) => (side, i)).ToDictionary(x => x.side, x => x.i);
        foreach (var p in pairs)
            parent[Find(index[p.First])] = Find(index[p.Second]);
        for (var i = 0; i < sides.Count; i++)
            for (var j = i + 1; j < sides.Count; j++)
                if (sides[i].ArticleId == sides[j].ArticleId && sides[i].Span.Start < sides[j].Span.End && sides[j].Span.Start < sides[i].Span.End)
                    parent[Find(i)] = Find(j);
        var factsOf = new Dictionary<Claim, HashSet<int>>();
        for (var i = 0; i < sides.Count; i++)
            foreach (var claim in Covering(sides[i]))
                (factsOf.TryGetValue(claim, out var set) ? set : factsOf[claim] = []).Add(Find(i));
        var claims = factsOf.Keys.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var (tp, fp, fn, positive, negative) = (0, 0, 0, 0, 0);
        for (var i = 0; i < claims.Count; i++)
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.ArticleId == b.ArticleId || _storyOf[a.ArticleId] != _storyOf[b.ArticleId])
                    continue;
                var same = factsOf[a].Overlaps(factsOf[b]);
                var together = _subjectOf[a.Id] == _subjectOf[b.Id];
                if (same) positive++; else negative++;
                if (same && together) tp++;
                else if (together) fp++;
                else if (same) fn++;
            }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), positive, negative);
    }

    private static double Share(IReadOnlyList<(StoryPair Pair, PairOutcome Outcome)> pairs, Func<PairOutcome, bool> counted)
        => pairs.Count == 0 ? 0 : (double)pairs.Count(p => counted(p.Outcome)) / pairs.Count;
}
