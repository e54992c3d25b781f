using ClaimDiff.Claims;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison;

/// <summary>Compares the claims of each subject pairwise across sources and keeps the discrepancies and agreements.</summary>
internal sealed class SubjectComparer(IRelationClassifier classifier, ComparisonOptions options)
{
    public (IReadOnlyList<Discrepancy> Discrepancies, IReadOnlyList<Agreement> Agreements) Compare(
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Subject> subjects,
        IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sourceIdOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<(Claim A, Claim B)>[subjects.Count];
        for (var s = 0; s < subjects.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A source repeating the same claim is compared once (its first statement), so a page that repeats a
            // paragraph thousands of times costs no more than its distinct claims.
            var members = subjects[s].ClaimIds.Select(id => byId[id])
                .DistinctBy(c => (Source: c.Source.ToUpperInvariant(), c.Content))
                .ToList();
            var sourceIds = members.Select(c => sourceIdOf.TryAdd(c.Source, sourceIdOf.Count) ? sourceIdOf.Count - 1 : sourceIdOf[c.Source]).ToArray();
            pairs[s] = [];
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                    if (sourceIds[i] != sourceIds[j])
                        pairs[s].Add((members[i], members[j]));
        }

        // Subjects are classified on all cores (the classifier is thread-safe); results keep the subjects' order.
        var relations = new Relation[subjects.Count][];
        var done = 0;
        Parallel.For(0, subjects.Count, new ParallelOptions { CancellationToken = cancellationToken }, s =>
        {
            relations[s] = [.. pairs[s].Select(p => classifier.Classify(p.A.Content, p.B.Content))];
            progress?.Report(new AnalysisProgress(AnalysisStage.Comparison, Interlocked.Increment(ref done), subjects.Count));
        });
        var found = Enumerable.Range(0, subjects.Count)
            .SelectMany(s => pairs[s].Select((p, k) => (Subject: subjects[s], p.A, p.B, Relation: relations[s][k])))
            .ToList();

        var discrepancies = found
            .Where(f => f.Relation.Label == RelationLabel.Contradiction && f.Relation.Confidence >= options.DiscrepancyThreshold)
            .Select(f => (f.Subject, f.A, f.B, f.Relation, Pinpointed: f.Relation.Evidence.FirstOrDefault(e => IsPinpointed(e, f.A, f.B))))
            .Where(f => f.Pinpointed is not null || f.Relation.Confidence >= options.GeneralDiscrepancyThreshold)
            .OrderByDescending(f => f.Relation.Confidence).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Discrepancy
            {
                Id = "d" + (i + 1),
                SubjectId = f.Subject.Id,
                ClaimA = f.A,
                ClaimB = f.B,
                Type = f.Pinpointed?.Type ?? f.Relation.Type ?? DiscrepancyType.General,
                Confidence = f.Relation.Confidence,
                Explanation = Explain(f.A, f.B, f.Relation),
                Evidence = f.Relation.Evidence,
            })
            .ToList();
        var agreements = found
            .Where(f => f.Relation.Label == RelationLabel.Agreement && f.Relation.Confidence >= options.AgreementThreshold)
            .OrderByDescending(f => f.Relation.Confidence).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Agreement { Id = "g" + (i + 1), SubjectId = f.Subject.Id, ClaimA = f.A, ClaimB = f.B, Confidence = f.Relation.Confidence })
            .ToList();
        return (discrepancies, agreements);
    }

    /// <summary>
    /// Whether typed evidence names the words that clash on both sides. A negation or denial set against the whole other
    /// claim ("not made" vs a sentence that never mentions making) and opposites among function words ("before" /
    /// "after") say only that two claims differ, not that they conflict: such a pair must meet the general threshold.
    /// </summary>
    private static bool IsPinpointed(ConflictEvidence evidence, Claim a, Claim b) => evidence.Type switch
    {
        DiscrepancyType.Negation or DiscrepancyType.Denial => evidence.First.Length < a.Content.Length && evidence.Second.Length < b.Content.Length,
        DiscrepancyType.Antonym => !IsFunctionWord(a.Content, evidence.First) && !IsFunctionWord(b.Content, evidence.Second),
        _ => true,
    };

    private static bool IsFunctionWord(string text, TextRange span)
        => span.Start >= 0 && span.End <= text.Length && Tokenizer.StopWords.Contains(text[span.Start..span.End].ToLowerInvariant());

    private static string Explain(Claim a, Claim b, Relation relation)
    {
        var why = relation.Evidence.Count > 0 ? relation.Evidence[0].Description : "the classifier judges the claims incompatible";
        return $"{a.Source} {a.Cue ?? "states"} \"{a.Content}\", while {b.Source} {b.Cue ?? "states"} \"{b.Content}\": {why}.";
    }
}
