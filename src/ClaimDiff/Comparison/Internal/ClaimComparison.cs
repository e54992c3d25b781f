using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Claims;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>One comparison of <see cref="SubjectComparer"/>'s, bound to the classifier it reads pairs with.</summary>
internal sealed partial class ClaimComparison
{
    private readonly IRelationClassifier _classifier;
    private readonly ComparisonOptions _options;
    private readonly Dictionary<DiscrepancyType, IConflictDetector> _detectorOf = [];

    /// <summary>The detectors whose types the classifier does not find itself: run on every compared pair.</summary>
    private readonly IConflictDetector[] _extraDetectors;

    /// <param name="classifier">Reads each pair.</param>
    /// <param name="options">Thresholds.</param>
    /// <param name="detectors">Find and weigh typed conflicts, in the order their evidence is listed; <see langword="null"/> for the built-in ones.</param>
    public ClaimComparison(IRelationClassifier classifier, ComparisonOptions options, IReadOnlyList<IConflictDetector> detectors)
    {
        _classifier = classifier;
        _options = options;
        foreach (var detector in detectors)
            _detectorOf.TryAdd(detector.Type, detector);
        var found = classifier.EvidenceTypes ?? FrozenSet<DiscrepancyType>.Empty;
        _extraDetectors = [.. detectors.Where(d => !found.Contains(d.Type))];
    }

    public ComparisonResult Compare(
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
                    if (sourceIds[i] != sourceIds[j] || !string.Equals(members[i].ArticleId, members[j].ArticleId, StringComparison.Ordinal))
                        pairs[s].Add((members[i], members[j]));
        }

        if (_options.ModelVerdicts)
            return ModelVerdicts(subjects, pairs, progress, cancellationToken);

        // How much wording each pair shares (TF-IDF cosine): claims that share too little are about different events and
        // are not compared (MinimumClaimSimilarity); a conflict without pinpointed evidence is believed only between near
        // restatements (SameStatementSimilarity).
        var contents = pairs.SelectMany(p => p).SelectMany(p => new[] { p.A.Content, p.B.Content }).Distinct(StringComparer.Ordinal).ToArray();
        var vectors = new TextVector[contents.Length];
        Parallel.For(0, contents.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => vectors[i] = TfidfEmbedder.Default.Embed(contents[i]));
        var vectorOf = new Dictionary<string, TextVector>(StringComparer.Ordinal);
        for (var i = 0; i < contents.Length; i++) vectorOf[contents[i]] = vectors[i];
        var similar = pairs
            .Select(list => list.Select(p => (p.A, p.B, Similarity: vectorOf[p.A.Content].Cosine(vectorOf[p.B.Content])))
                .Where(p => p.Similarity >= _options.MinimumClaimSimilarity).ToList())
            .ToArray();

        // Subjects are classified on all cores (the classifier is thread-safe); results keep the subjects' order.
        var relations = new (Relation Relation, float Agreement)[subjects.Count][];
        var done = 0;
        Parallel.For(0, subjects.Count, new ParallelOptions { CancellationToken = cancellationToken }, s =>
        {
            relations[s] = [.. similar[s].Select(p => Classify(p.A, p.B))];
            progress?.Report(new AnalysisProgress(AnalysisStage.Comparison, Interlocked.Increment(ref done), subjects.Count));
        });
        var found = Enumerable.Range(0, subjects.Count)
            .SelectMany(s => similar[s].Select((p, k) => (Subject: subjects[s], p.A, p.B, p.Similarity, Pair: new ClaimPair(p.A, p.B, Math.Clamp(p.Similarity, 0f, 1f), _options.SameStatementSimilarity), relations[s][k].Relation, relations[s][k].Agreement)))
            .Select(f => f with { Relation = WithDetectors(f.Relation, f.Pair) })
            .ToList();

        var discrepancies = found
            .Where(f => f.Relation.Evidence.Count > 0 || IsContradiction(f.Relation))
            .Select(f => (f.Subject, f.A, f.B, f.Relation, Pinpointed: f.Relation.Evidence.FirstOrDefault(e => Weigh(e, f.Pair) == EvidenceStrength.Pinpointed), f.Pair))
            .Where(f => IsDiscrepancy(f.Relation, f.Pinpointed, f.Pair))
            .OrderByDescending(f => ContradictionOf(f.Relation)).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => NewDiscrepancy(i, f.Subject, f.A, f.B, f.Relation, f.Pinpointed?.Type ?? f.Relation.Type,
                f.Pinpointed is { } p ? [p, .. f.Relation.Evidence.Where(e => !ReferenceEquals(e, p))] : f.Relation.Evidence))
            .ToList();
        var conflicting = discrepancies.Select(d => (d.ClaimA, d.ClaimB)).ToHashSet();
        var agreements = found
            .Where(f => f.Similarity >= _options.CorroborationSimilarity && !conflicting.Contains((f.A, f.B)))
            .Select(f => (f, Shared: ConflictFinder.SharedWords(f.A.Content, f.B.Content).Words))
            .Where(x => x.Shared >= 1)
            .Select(x => (x.f.Subject, x.f.A, x.f.B, Confidence: x.f.Agreement >= _options.AgreementThreshold ? x.f.Agreement
                : IsRestatement(x.f.Relation, x.Shared, x.f.Similarity) || CorroboratesFigure(x.f.Relation, x.f.A, x.f.B) ? Related(x.f.Relation) : 0f))
            .Where(f => f.Confidence > 0)
            .OrderByDescending(f => f.Confidence).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Agreement { Id = "g" + (i + 1), SubjectId = f.Subject.Id, ClaimA = f.A, ClaimB = f.B, Confidence = f.Confidence })
            .ToList();
        return new ComparisonResult(discrepancies, agreements);
    }

    /// <summary>
    /// Discrepancies and agreements as the model reads each pair of a subject in both orders
    /// (<see cref="ComparisonOptions.ModelVerdicts"/>): a contradiction probability, the higher of the two, at
    /// <see cref="ComparisonOptions.DiscrepancyThreshold"/> or more makes a discrepancy, typed by the model and explained
    /// by the typed evidence of that order; otherwise an agreement probability averaged over both orders at
    /// <see cref="ComparisonOptions.AgreementThreshold"/> or more, between different sources, makes an agreement.
    /// </summary>
    private ComparisonResult ModelVerdicts(
        IReadOnlyList<Subject> subjects, List<(Claim A, Claim B)>[] pairs, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var all = Enumerable.Range(0, subjects.Count).SelectMany(s => pairs[s].Select(p => (Subject: subjects[s], p.A, p.B))).ToList();
        // A denial is read through what it denies: "X rejected reports that the train was speeding" conflicts with a claim
        // that states the train was speeding and agrees with one that it was not; with any other fact it neither
        // conflicts nor agrees. The model, read on the whole denial, takes the denying words for a conflict with everything.
        var texts = all.Select(p => (DeniedProposition(p.A), DeniedProposition(p.B)) switch
        {
            ({ } denied, null) => (A: denied, B: p.B.Content, Denial: true),
            (null, { } denied) => (A: p.A.Content, B: denied, Denial: true),
            _ => (A: p.A.Content, B: p.B.Content, Denial: false),
        }).ToList();
        progress?.Report(new AnalysisProgress(AnalysisStage.Comparison, 0, 1));
        // Two claims in the same words state one thing, whatever the model would read: it takes a near copy for the
        // perturbed copies it was trained to call contradictions. Copies are not read.
        var copies = all.Select(p => SameWords(p.A, p.B)).ToArray();
        var readIndex = new int[all.Count];
        var toRead = new List<(string, string)>();
        for (var k = 0; k < all.Count; k++)
        {
            if (copies[k]) continue;
            readIndex[k] = toRead.Count;
            toRead.Add((texts[k].A, texts[k].B));
            toRead.Add((texts[k].B, texts[k].A));
        }
        var read = _classifier.ClassifyAll(toRead, cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Comparison, 1, 1));
        var found = all.Select((p, k) =>
        {
            if (copies[k])
                return (p.Subject, p.A, p.B, Relation: CopyRelation, Agreement: 1f);
            var (forward, backward) = (read[readIndex[k]], read[readIndex[k] + 1]);
            if (texts[k].Denial)
                (forward, backward) = (Denied(forward), Denied(backward));
            // The order in which the conflict reads more surely explains it; evidence found backwards is turned round.
            var relation = ContradictionOf(backward) > ContradictionOf(forward)
                ? Turned(backward)
                : forward;
            // Detectors are run only where some detector's type is not the classifier's own, and then need the pair's wording overlap.
            relation = _extraDetectors.Length == 0 && relation.Evidence.All(e => _detectorOf.ContainsKey(e.Type))
                ? relation
                : WithDetectors(relation, new ClaimPair(p.A, p.B, Math.Clamp(TfidfEmbedder.Default.Embed(p.A.Content).Cosine(TfidfEmbedder.Default.Embed(p.B.Content)), 0f, 1f), _options.SameStatementSimilarity));
            return (p.Subject, p.A, p.B, Relation: relation, Agreement: (AgreementOf(forward) + AgreementOf(backward)) / 2);
        }).ToList();
        // A subject is one fact, so the pairs of one subject between the same two sources are one disagreement: the
        // surest is the discrepancy, the others (a source repeating its claim) its repeats.
        var discrepancies = found
            .Where(f => ContradictionOf(f.Relation) >= _options.DiscrepancyThreshold)
            .OrderByDescending(f => ContradictionOf(f.Relation)).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => NewDiscrepancy(i, f.Subject, f.A, f.B, f.Relation, f.Relation.Type ?? f.Relation.Evidence.FirstOrDefault()?.Type, f.Relation.Evidence))
            .GroupBy(d => (d.SubjectId, Parties(d.ClaimA.Source, d.ClaimB.Source)))
            .Select((g, i) => g.First() with { Id = "d" + (i + 1), Repeats = [.. g.Skip(1).Select(d => d with { Id = "" })] })
            .ToList();
        var agreements = found
            .Where(f => ContradictionOf(f.Relation) < _options.DiscrepancyThreshold && f.Agreement >= _options.AgreementThreshold
                        && !string.Equals(f.A.Source, f.B.Source, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(f => f.Agreement).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Agreement { Id = "g" + (i + 1), SubjectId = f.Subject.Id, ClaimA = f.A, ClaimB = f.B, Confidence = f.Agreement })
            .ToList();
        return new ComparisonResult(discrepancies, agreements);
    }

    /// <summary>
    /// What a denial denies: "rejected reports on Monday that passwords were stolen" → "passwords were stolen"; null
    /// for a claim that is no denial or names nothing it denies ("denied responsibility").
    /// </summary>
    internal static string? DeniedProposition(Claim claim)
    {
        if (claim.Modality != Modality.Denied)
            return null;
        var that = claim.Content.IndexOf(" that ", StringComparison.OrdinalIgnoreCase);
        if (that < 0)
            return null;
        var denied = claim.Content[(that + 6)..].Trim();
        // "…, saying the claims were untrue": the participle that follows is the denial's reason, not what it denies.
        if (TrailingParticiple().Match(denied) is { Success: true } participle)
            denied = denied[..participle.Index];
        return denied.Count(char.IsWhiteSpace) >= 2 ? denied : null;
    }

    [GeneratedRegex(@",\s+\p{Ll}+ing\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParticiple();

    /// <summary>
    /// The relation of a claim to a denial, from its relation to what the denial denies: asserting the denied fact
    /// contradicts the denial, contradicting it agrees with the denial.
    /// </summary>
    private static Relation Denied(Relation toDenied)
    {
        var scores = toDenied.Scores.ToDictionary(s => s.Key switch
        {
            RelationLabel.Contradiction => RelationLabel.Agreement,
            RelationLabel.Agreement => RelationLabel.Contradiction,
            var other => other,
        }, s => s.Value);
        var best = scores.MaxBy(s => s.Value);
        return new Relation
        {
            Label = best.Key,
            Confidence = best.Value,
            Scores = scores,
            Type = best.Key == RelationLabel.Contradiction ? DiscrepancyType.Denial : null,
        };
    }

    /// <summary>The two sources of a pair, in a fixed order and case-folded, so that either order gives one key.</summary>
    private static (string, string) Parties(string a, string b)
    {
        var (x, y) = (a.ToUpperInvariant(), b.ToUpperInvariant());
        return string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
    }

    /// <summary>
    /// Whether every informative word of one claim is in the other ("They were detained in Lebanon" / "They were detained
    /// in Lebanon after a fake passport was found"): the longer one repeats the shorter and adds to it, so a verdict
    /// without pinpointed evidence cannot make them a discrepancy (on 1,000 FNC-1 bodies, 11 identical claims were).
    /// </summary>
    private static bool Restates(Claim a, Claim b)
    {
        var (x, y) = (Words(a.Content), Words(b.Content));
        return x.Count <= y.Count ? y.IsSupersetOf(x) : x.IsSupersetOf(y);

        // A negation counts as a word, so "has not made the figures public" does not repeat "made the figures public".
        static HashSet<string> Words(string text) => Tokenizer.Tokenize(text)
            .Where(t => ConflictLexicon.IsNegation(t.Term) || Tokenizer.IsInformative(t.Term))
            .Select(t => ConflictLexicon.IsNegation(t.Term) ? "not" : t.Term)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The relation of <paramref name="b"/> to <paramref name="a"/>, and how far the two corroborate each other: the
    /// agreement probability averaged over both orders, since neither claim is the one being checked ("about 60% of
    /// imports" restates "roughly 60% of the supply" whichever comes first). A pair the classifier calls a contradiction
    /// corroborates nothing (0), and is not classified again; nor is one whose agreement is below
    /// <see cref="ComparisonOptions.MinimumAgreementToReverse"/> one way (its average is then that half). A pair called a contradiction the
    /// other way only is a contradiction, its evidence turned round: the classifier checks the second text's words
    /// against the first, so a figure only the first claim holds shows that way alone.
    /// </summary>
    private (Relation Relation, float Agreement) Classify(Claim a, Claim b)
    {
        var relation = _classifier.Classify(a.Content, b.Content);
        if (relation.Label == RelationLabel.Contradiction)
            return (relation, 0f);
        if (AgreementOf(relation) < _options.MinimumAgreementToReverse)
            return (relation, AgreementOf(relation) / 2);
        var reverse = _classifier.Classify(b.Content, a.Content);
        // A conflict may show one way only: a figure of b that a lacks ("11 years" / "11 years … 18 years").
        if (reverse.Label == RelationLabel.Contradiction)
            return (Turned(reverse), 0f);
        return (relation, (AgreementOf(relation) + AgreementOf(reverse)) / 2);
    }

    /// <summary>A relation read the other way round, its evidence spans swapped so that they match the pair's order again.</summary>
    private static Relation Turned(Relation relation)
        => relation with { Evidence = [.. relation.Evidence.Select(e => e with { First = e.Second, Second = e.First })] };

    /// <summary>
    /// Whether two claims restate one fact: much shared wording (<see cref="ComparisonOptions.RestatementSimilarity"/>), two shared words
    /// other than names, no typed evidence of any kind, and a verdict of neutral or agreement.
    /// </summary>
    private bool IsRestatement(Relation relation, int sharedWords, float similarity)
        => similarity >= _options.RestatementSimilarity && relation.Label is RelationLabel.Neutral or RelationLabel.Agreement
           && relation.Evidence.Count == 0 && sharedWords >= 2;

    /// <summary>
    /// Whether two claims corroborate a figure: both state it, about one thing (<see cref="ConflictFinder.StateOneFigure"/>:
    /// "Around 340 homes were flooded" / "Some 340 homes were affected, most of them …"), with no typed evidence of any kind
    /// and a contradiction probability below the one at which a verdict alone is reported. Its confidence is the
    /// probability that the pair neither conflicts nor is unrelated; docs/comparison-defaults.md gives the measurements behind the value.
    /// </summary>
    private bool CorroboratesFigure(Relation relation, Claim a, Claim b)
        => ContradictionOf(relation) < _options.DiscrepancyThreshold && relation.Evidence.Count == 0
           && ConflictFinder.StateOneFigure(a.Content, b.Content);

    /// <summary>The probability that a pair neither conflicts nor is unrelated: the confidence of a restatement listed as agreeing.</summary>
    private static float Related(Relation relation)
        => relation.Scores.GetValueOrDefault(RelationLabel.Agreement) + relation.Scores.GetValueOrDefault(RelationLabel.Neutral);

    private bool IsContradiction(Relation relation)
        => relation.Label == RelationLabel.Contradiction && relation.Confidence >= _options.DiscrepancyThreshold;

    /// <summary>
    /// Whether a compared pair is reported as a discrepancy. A contradiction needs pinpointed evidence, or else a sure
    /// verdict between restatements (<see cref="ComparisonOptions.GeneralDiscrepancyThreshold"/>) that repeat neither
    /// each other nor only names, with no typed evidence set aside. Under another label, pinpointed evidence needs a
    /// contradiction probability of <see cref="ComparisonOptions.PinpointedThreshold"/>, or none between restatements
    /// unless it is a denial.
    /// </summary>
    /// <summary>The relation of a pair of claims in the same words: agreement.</summary>
    private static readonly Relation CopyRelation = new()
    {
        Label = RelationLabel.Agreement,
        Confidence = 1,
        Scores = new Dictionary<RelationLabel, float>
        {
            [RelationLabel.Contradiction] = 0, [RelationLabel.Agreement] = 1, [RelationLabel.Neutral] = 0, [RelationLabel.Unrelated] = 0,
        },
    };

    /// <summary>Whether two claims' contents are the same words (ignoring case, punctuation and spacing, as the tokenizer does).</summary>
    internal static bool SameWords(Claim a, Claim b)
    {
        var (x, y) = (a.Analysis.Tokens, b.Analysis.Tokens);
        if (x.Length != y.Length || x.Length == 0) return false;
        for (var i = 0; i < x.Length; i++)
            if (!string.Equals(x[i].Term, y[i].Term, StringComparison.Ordinal)) return false;
        return true;
    }

    private bool IsDiscrepancy(Relation relation, ConflictEvidence? pinpointed, ClaimPair pair)
    {
        var (a, b, similarity) = (pair.First, pair.Second, pair.Similarity);
        if (IsContradiction(relation))
            return pinpointed is not null
                || relation.Confidence >= _options.GeneralDiscrepancyThreshold && pair.SameStatement && !Restates(a, b)
                   && !relation.Evidence.Any(e => Weigh(e, pair) == EvidenceStrength.SetAside) && ConflictFinder.SharedWords(a.Content, b.Content).Words >= 1;
        return pinpointed is not null
            && (ContradictionOf(relation) >= _options.PinpointedThreshold || pair.SameStatement && pinpointed.Type != DiscrepancyType.Denial);
    }

    /// <summary>How much <paramref name="evidence"/> shows, as the detector of its type weighs it.</summary>
    private EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair) => _detectorOf[evidence.Type].Weigh(evidence, pair);

    /// <summary>
    /// The relation with the evidence that the pipeline's detectors report: the classifier's own, less any of a type no
    /// detector handles, then what the detectors of the types the classifier does not find see in the pair.
    /// </summary>
    private Relation WithDetectors(Relation relation, ClaimPair pair)
    {
        var evidence = relation.Evidence.Where(e => _detectorOf.ContainsKey(e.Type)).ToList();
        foreach (var detector in _extraDetectors)
            if (!evidence.Exists(e => e.Type == detector.Type) && detector.Find(pair) is { } found && _detectorOf.ContainsKey(found.Type))
                evidence.Add(found);
        return evidence.Count == relation.Evidence.Count && evidence.SequenceEqual(relation.Evidence) ? relation : relation with { Evidence = evidence };
    }

    private static float ContradictionOf(Relation relation) => relation.Scores.TryGetValue(RelationLabel.Contradiction, out var p) ? p : 0;

    private static float AgreementOf(Relation relation)
        => relation.Scores.TryGetValue(RelationLabel.Agreement, out var p) ? p : relation.Label == RelationLabel.Agreement ? relation.Confidence : 0;

    /// <summary>The discrepancy numbered <paramref name="index"/> (from 0) between two claims of a subject; a conflict of no known type is general.</summary>
    private static Discrepancy NewDiscrepancy(int index, Subject subject, Claim a, Claim b, Relation relation, DiscrepancyType? type, IReadOnlyList<ConflictEvidence> evidence) => new()
    {
        Id = "d" + (index + 1),
        SubjectId = subject.Id,
        ClaimA = a,
        ClaimB = b,
        Type = type ?? DiscrepancyType.General,
        Confidence = ContradictionOf(relation),
        Explanation = Explain(a, b, relation),
        Evidence = evidence,
    };

    private static string Explain(Claim a, Claim b, Relation relation)
    {
        var why = relation.Evidence.Count > 0 ? relation.Evidence[0].Description : "the classifier judges the claims incompatible";
        return string.Equals(a.Source, b.Source, StringComparison.OrdinalIgnoreCase)
            ? $"{a.Source} {Verb(a)} \"{a.Content}\" in one article and {Verb(b)} \"{b.Content}\" in another: {why}."
            : $"{a.Source} {Verb(a)} \"{a.Content}\", while {b.Source} {Verb(b)} \"{b.Content}\": {why}.";
    }

    /// <summary>The claim's cue as a finite verb: "states" for none, "is indicating" for a participle ("…, indicating").</summary>
    private static string Verb(Claim claim) => claim.Cue switch
    {
        null => "states",
        var cue when cue.EndsWith("ing", StringComparison.Ordinal) && !cue.Contains(' ', StringComparison.Ordinal) => "is " + cue,
        var cue => cue,
    };
}
