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
    }

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
        if (report.Discrepancies.Any(d => Joins(pair, d.ClaimA, d.ClaimB))) return PairOutcome.Discrepancy;
        if (report.Agreements.Any(g => Joins(pair, g.ClaimA, g.ClaimB))) return PairOutcome.Agreement;
        return a.Any(x => b.Any(y => _subjectOf[x.Id] == _subjectOf[y.Id])) ? PairOutcome.NotReported : PairOutcome.OtherSubjects;
    }

    private ReportedVerdict Verdict(Discrepancy d, List<StoryPair> discrepancies, List<StoryPair> agreements)
    {
        if (_storyOf[d.ClaimA.ArticleId] != _storyOf[d.ClaimB.ArticleId]) return ReportedVerdict.AcrossStories;
        if (discrepancies.Any(p => Joins(p, d.ClaimA, d.ClaimB))) return ReportedVerdict.Annotated;
        return agreements.Any(p => Joins(p, d.ClaimA, d.ClaimB)) ? ReportedVerdict.OnAgreement : ReportedVerdict.Unannotated;
    }

    /// <summary>Whether <paramref name="x"/> and <paramref name="y"/>, in either order, cover the two passages of <paramref name="pair"/>.</summary>
    private bool Joins(StoryPair pair, Claim x, Claim y)
    {
        var (a, b) = (Covering(pair.First), Covering(pair.Second));
        return a.Contains(x) && b.Contains(y) || a.Contains(y) && b.Contains(x);
    }

    private static double Share(IReadOnlyList<(StoryPair Pair, PairOutcome Outcome)> pairs, Func<PairOutcome, bool> counted)
        => pairs.Count == 0 ? 0 : (double)pairs.Count(p => counted(p.Outcome)) / pairs.Count;
}
