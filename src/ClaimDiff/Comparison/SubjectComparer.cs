using System.Text.RegularExpressions;
using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison;

/// <summary>
/// Compares the claims of each subject pairwise across sources, and across articles for one source (two outlets'
/// accounts of what the same ministry said), and keeps the discrepancies and agreements.
/// </summary>
internal sealed partial class SubjectComparer(IRelationClassifier classifier, ComparisonOptions options)
{
    /// <summary>
    /// The TF-IDF cosine above which two claims restate one statement ("The deal was signed in Paris on Monday" / "…
    /// in Berlin on Monday"): only then does the classifier's verdict without pinpointed evidence (a different name, a
    /// conflict it learnt) make a discrepancy. Set by hand, not learnt; docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float SameStatementSimilarity = 0.5f;

    /// <summary>
    /// The agreement probability one way below which a pair is not classified the other way: such pairs almost never
    /// agree the other way, and skipping them saves a classification per pair (docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value).
    /// </summary>
    internal const float AgreementWorthReversing = 0.1f;

    /// <summary>
    /// How many informative words two conflicting figures or dates must share nearby to be about one quantity in a
    /// report ("150 women released from a Syrian jail" / "138 women released from a Syrian jail"): one shared word let
    /// through "$1,200 for a gold watch … consumers" / "the Sport model will cost consumers $349" (docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value).
    /// </summary>
    internal const int SameQuantityContext = 2;

    /// <summary>
    /// The TF-IDF cosine two claims need to be listed as corroborating each other: a restatement shares wording. Claims
    /// of one subject that say different things ("the decision followed remarks on Taiwan" / "about 60% of rare earth
    /// imports come from China") are otherwise listed as agreeing. The two must also share a word other than a name: "its
    /// ban on exports to Japan applies only to military users" / "about 60% of Japan's rare earth imports come from China"
    /// share only the countries. Docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float CorroborationSimilarity = 0.25f;

    /// <summary>
    /// The TF-IDF cosine a denial and the claim it denies need: the denial restates what it denies ("Woman with three
    /// breasts is a fake" / "Woman adds third breast"); docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float DenialSimilarity = 0.25f;

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
                    if (sourceIds[i] != sourceIds[j] || !string.Equals(members[i].ArticleId, members[j].ArticleId, StringComparison.Ordinal))
                        pairs[s].Add((members[i], members[j]));
        }

        if (options.ModelVerdicts)
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
                .Where(p => p.Similarity >= options.MinimumClaimSimilarity).ToList())
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
            .SelectMany(s => similar[s].Select((p, k) => (Subject: subjects[s], p.A, p.B, p.Similarity, relations[s][k].Relation, relations[s][k].Agreement)))
            .ToList();

        var discrepancies = found
            .Where(f => f.Relation.Evidence.Count > 0 || IsContradiction(f.Relation))
            .Select(f => (f.Subject, f.A, f.B, f.Relation, Pinpointed: f.Relation.Evidence.FirstOrDefault(e => IsPinpointed(e, f.A, f.B, f.Similarity)), f.Similarity))
            .Where(f => IsDiscrepancy(f.Relation, f.Pinpointed, f.A, f.B, f.Similarity))
            .OrderByDescending(f => ContradictionOf(f.Relation)).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => NewDiscrepancy(i, f.Subject, f.A, f.B, f.Relation, f.Pinpointed?.Type ?? f.Relation.Type,
                f.Pinpointed is { } p ? [p, .. f.Relation.Evidence.Where(e => !ReferenceEquals(e, p))] : f.Relation.Evidence))
            .ToList();
        var conflicting = discrepancies.Select(d => (d.ClaimA, d.ClaimB)).ToHashSet();
        var agreements = found
            .Where(f => f.Similarity >= CorroborationSimilarity && !conflicting.Contains((f.A, f.B)))
            .Select(f => (f, Shared: ConflictFinder.SharedWords(f.A.Content, f.B.Content).Words))
            .Where(x => x.Shared >= 1)
            .Select(x => (x.f.Subject, x.f.A, x.f.B, Confidence: x.f.Agreement >= options.AgreementThreshold ? x.f.Agreement
                : IsRestatement(x.f.Relation, x.Shared, x.f.Similarity) || CorroboratesFigure(x.f.Relation, x.f.A, x.f.B) ? Related(x.f.Relation) : 0f))
            .Where(f => f.Confidence > 0)
            .OrderByDescending(f => f.Confidence).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Agreement { Id = "g" + (i + 1), SubjectId = f.Subject.Id, ClaimA = f.A, ClaimB = f.B, Confidence = f.Confidence })
            .ToList();
        return (discrepancies, agreements);
    }

    /// <summary>
    /// Discrepancies and agreements as the model reads each pair of a subject in both orders
    /// (<see cref="ComparisonOptions.ModelVerdicts"/>): a contradiction probability, the higher of the two, at
    /// <see cref="ComparisonOptions.DiscrepancyThreshold"/> or more makes a discrepancy, typed by the model and explained
    /// by the typed evidence of that order; otherwise an agreement probability averaged over both orders at
    /// <see cref="ComparisonOptions.AgreementThreshold"/> or more, between different sources, makes an agreement.
    /// </summary>
    private (IReadOnlyList<Discrepancy>, IReadOnlyList<Agreement>) ModelVerdicts(
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
        var read = classifier.ClassifyAll([.. texts.SelectMany(t => new[] { (t.A, t.B), (t.B, t.A) })], cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Comparison, 1, 1));
        var found = all.Select((p, k) =>
        {
            var (forward, backward) = texts[k].Denial ? (Denied(read[2 * k]), Denied(read[2 * k + 1])) : (read[2 * k], read[2 * k + 1]);
            // The order in which the conflict reads more surely explains it; evidence found backwards is turned round.
            var relation = ContradictionOf(backward) > ContradictionOf(forward)
                ? Turned(backward)
                : forward;
            return (p.Subject, p.A, p.B, Relation: relation, Agreement: (AgreementOf(forward) + AgreementOf(backward)) / 2);
        }).ToList();
        // A subject is one fact, so the pairs of one subject between the same two sources are one disagreement: the
        // surest is the discrepancy, the others (a source repeating its claim) its repeats.
        var discrepancies = found
            .Where(f => ContradictionOf(f.Relation) >= options.DiscrepancyThreshold)
            .OrderByDescending(f => ContradictionOf(f.Relation)).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => NewDiscrepancy(i, f.Subject, f.A, f.B, f.Relation, f.Relation.Type ?? f.Relation.Evidence.FirstOrDefault()?.Type, f.Relation.Evidence))
            .GroupBy(d => (d.SubjectId, Parties(d.ClaimA.Source, d.ClaimB.Source)))
            .Select((g, i) => g.First() with { Id = "d" + (i + 1), Repeats = [.. g.Skip(1).Select(d => d with { Id = "" })] })
            .ToList();
        var agreements = found
            .Where(f => ContradictionOf(f.Relation) < options.DiscrepancyThreshold && f.Agreement >= options.AgreementThreshold
                        && !string.Equals(f.A.Source, f.B.Source, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(f => f.Agreement).ThenBy(f => f.A.Start).ThenBy(f => f.B.Start)
            .Select((f, i) => new Agreement { Id = "g" + (i + 1), SubjectId = f.Subject.Id, ClaimA = f.A, ClaimB = f.B, Confidence = f.Agreement })
            .ToList();
        return (discrepancies, agreements);
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
    /// <see cref="AgreementWorthReversing"/> one way (its average is then that half). A pair called a contradiction the
    /// other way only is a contradiction, its evidence turned round: the classifier checks the second text's words
    /// against the first, so a figure only the first claim holds shows that way alone.
    /// </summary>
    private (Relation Relation, float Agreement) Classify(Claim a, Claim b)
    {
        var relation = classifier.Classify(a.Content, b.Content);
        if (relation.Label == RelationLabel.Contradiction)
            return (relation, 0f);
        if (AgreementOf(relation) < AgreementWorthReversing)
            return (relation, AgreementOf(relation) / 2);
        var reverse = classifier.Classify(b.Content, a.Content);
        // A conflict may show one way only: a figure of b that a lacks ("11 years" / "11 years … 18 years").
        if (reverse.Label == RelationLabel.Contradiction)
            return (Turned(reverse), 0f);
        return (relation, (AgreementOf(relation) + AgreementOf(reverse)) / 2);
    }

    /// <summary>A relation read the other way round, its evidence spans swapped so that they match the pair's order again.</summary>
    private static Relation Turned(Relation relation)
        => relation with { Evidence = [.. relation.Evidence.Select(e => e with { First = e.Second, Second = e.First })] };

    /// <summary>
    /// The TF-IDF cosine at which two claims that the classifier calls neutral, with no typed conflict, are listed as
    /// agreeing all the same: outlets restate a fact with a detail added ("Two employees were treated in hospital for
    /// smoke inhalation and have since been released" / "Two staff members were taken to hospital with smoke inhalation;
    /// both were discharged on Thursday"), which NLI-trained models call neutral; docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float RestatementSimilarity = 0.5f;

    /// <summary>
    /// Whether two claims restate one fact: much shared wording (<see cref="RestatementSimilarity"/>), two shared words
    /// other than names, no typed evidence of any kind, and a verdict of neutral or agreement.
    /// </summary>
    private static bool IsRestatement(Relation relation, int sharedWords, float similarity)
        => similarity >= RestatementSimilarity && relation.Label is RelationLabel.Neutral or RelationLabel.Agreement
           && relation.Evidence.Count == 0 && sharedWords >= 2;

    /// <summary>
    /// Whether two claims corroborate a figure: both state it, about one thing (<see cref="ConflictFinder.StateOneFigure"/>:
    /// "Around 340 homes were flooded" / "Some 340 homes were affected, most of them …"), with no typed evidence of any kind
    /// and a contradiction probability below the one at which a verdict alone is reported. Its confidence is the
    /// probability that the pair neither conflicts nor is unrelated; docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    private bool CorroboratesFigure(Relation relation, Claim a, Claim b)
        => ContradictionOf(relation) < options.DiscrepancyThreshold && relation.Evidence.Count == 0
           && ConflictFinder.StateOneFigure(a.Content, b.Content);

    /// <summary>The probability that a pair neither conflicts nor is unrelated: the confidence of a restatement listed as agreeing.</summary>
    private static float Related(Relation relation)
        => relation.Scores.GetValueOrDefault(RelationLabel.Agreement) + relation.Scores.GetValueOrDefault(RelationLabel.Neutral);

    private bool IsContradiction(Relation relation)
        => relation.Label == RelationLabel.Contradiction && relation.Confidence >= options.DiscrepancyThreshold;

    /// <summary>
    /// Whether a compared pair is reported as a discrepancy. A contradiction needs pinpointed evidence, or else a sure
    /// verdict between restatements (<see cref="ComparisonOptions.GeneralDiscrepancyThreshold"/>) that repeat neither
    /// each other nor only names, with no typed evidence set aside. Under another label, pinpointed evidence needs a
    /// contradiction probability of <see cref="PinpointedFloor"/>, or none between restatements unless it is a denial.
    /// </summary>
    private bool IsDiscrepancy(Relation relation, ConflictEvidence? pinpointed, Claim a, Claim b, float similarity)
    {
        if (IsContradiction(relation))
            return pinpointed is not null
                || relation.Confidence >= options.GeneralDiscrepancyThreshold && similarity >= SameStatementSimilarity && !Restates(a, b)
                   && !relation.Evidence.Any(e => IsSetAside(e, a, b)) && ConflictFinder.SharedWords(a.Content, b.Content).Words >= 1;
        return pinpointed is not null
            && (ContradictionOf(relation) >= PinpointedFloor || similarity >= SameStatementSimilarity && pinpointed.Type != DiscrepancyType.Denial);
    }

    /// <summary>
    /// The contradiction probability that pinpointed evidence needs when the classifier's label is another: a sentence
    /// repeated with "not" added reads to the model as a near restatement. Restatements need no floor, except denials: a
    /// restated denial is mostly a quotation of the report it denies. Docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float PinpointedFloor = 0.3f;

    private static float ContradictionOf(Relation relation) => relation.Scores.TryGetValue(RelationLabel.Contradiction, out var p) ? p : 0;

    private static float AgreementOf(Relation relation)
        => relation.Scores.TryGetValue(RelationLabel.Agreement, out var p) ? p : relation.Label == RelationLabel.Agreement ? relation.Confidence : 0;

    /// <summary>
    /// Whether typed evidence names the words that clash on both sides, about the same thing. The following say only that
    /// two claims differ, not that they conflict, and such a pair must meet the general threshold (and be a near
    /// restatement):
    /// <list type="bullet">
    /// <item>a negation or denial set against the whole other claim ("not made" vs a sentence that never mentions making);</item>
    /// <item>a negated word against a name or against the same word negated there too (<see cref="ConflictFinder.IsNoAffirmation"/>),
    /// or whose affirming claim refutes something ("a video falsely doctored to show a bird defecating" / "a bird did not defecate");</item>
    /// <item>a negated word and its affirmed twin, or opposites, not about one thing (<see cref="AboutOneThing"/>: "I don't
    /// think …" / "… to think about");</item>
    /// <item>opposites among function words ("before" / "after"), naming people ("girl" / "boy": <see cref="People"/>),
    /// placing or qualifying events ("first" / "last", "inside" / "outside", "real" / "fake": <see cref="WeakOpposites"/>),
    /// negated on one side only ("not dead" / "alive" agree), or where one claim refutes something ("a story claiming he was
    /// found dead is a hoax" / "he is alive" agree);</item>
    /// <item>a figure that is a difference on one side ("21 grams more than") against an amount, that tells models apart
    /// ("12-inch" / "13-inch") or that is part of a fraction ("6 1/2 feet"), figures in different currencies ("£7,400" /
    /// "US$11,200"), and figures or dates not about one quantity (<see cref="SameQuantity"/>);</item>
    /// <item>a scope word that is usually something else ("all", "just", "widely": <see cref="IsWeakScope"/>);</item>
    /// <item>different names (the claims of one story name many people and places; "Westminster" / "the University of
    /// Westminster" in a near restatement);</item>
    /// <item>a hedge against an assertion ("may close" / "will close"): it tells a reader how sure each source is, and
    /// types a sure verdict, but two sources that differ only in certainty do not conflict.</item>
    /// </list>
    /// </summary>
    private static bool IsPinpointed(ConflictEvidence evidence, Claim a, Claim b, float similarity) => evidence.Type switch
    {
        DiscrepancyType.Negation => !IsWhole(evidence.First, a.Content) && !IsWhole(evidence.Second, b.Content)
            && !ConflictFinder.IsNoAffirmation(a.Content, evidence.First) && !ConflictFinder.IsNoAffirmation(b.Content, evidence.Second)
            && !AffirmedSideRefutes(evidence, a, b) && AboutOneThing(evidence, a, b, namesSuffice: similarity >= NegatedRestatementSimilarity),
        DiscrepancyType.Denial => similarity >= (a.Modality == Modality.Denied || b.Modality == Modality.Denied ? DeniedStatementSimilarity : DenialSimilarity) && IsDenialOfTheOther(evidence, a, b),
        DiscrepancyType.Antonym => !IsOneOf(Tokenizer.StopWords, a.Content, evidence.First) && !IsOneOf(Tokenizer.StopWords, b.Content, evidence.Second)
            && !IsOneOf(People, a.Content, evidence.First) && !IsOneOf(People, b.Content, evidence.Second)
            && !IsOneOf(WeakOpposites, a.Content, evidence.First) && !IsOneOf(WeakOpposites, b.Content, evidence.Second)
            && ConflictFinder.IsNegated(a.Content, evidence.First) == ConflictFinder.IsNegated(b.Content, evidence.Second)
            && ConflictFinder.RefutesElsewhere(a.Content, evidence.First) == ConflictFinder.RefutesElsewhere(b.Content, evidence.Second)
            && AboutOneThing(evidence, a, b),
        DiscrepancyType.Numeric => ConflictFinder.IsDifference(a.Content, evidence.First) == ConflictFinder.IsDifference(b.Content, evidence.Second)
            && !ConflictFinder.IsDesignation(a.Content, evidence.First) && !ConflictFinder.IsDesignation(b.Content, evidence.Second)
            && !ConflictFinder.IsFractionPart(a.Content, evidence.First) && !ConflictFinder.IsFractionPart(b.Content, evidence.Second)
            && !ConflictFinder.InDifferentCurrencies(a.Content, evidence.First, b.Content, evidence.Second) && SameQuantity(evidence, a, b, similarity),
        DiscrepancyType.DateTime => SameQuantity(evidence, a, b, similarity),
        DiscrepancyType.Scope => !IsWeakScope(a.Content, evidence.First) && !IsWeakScope(b.Content, evidence.Second)
            || IsEveryAgainstOnly(evidence, a, b, similarity) || IsEveryAgainstOnly(evidence with { First = evidence.Second, Second = evidence.First }, b, a, similarity),
        DiscrepancyType.Entity or DiscrepancyType.Modality => false,
        _ => true,
    };

    /// <summary>
    /// Whether typed evidence that is not pinpointed was set aside as being about different things (a negated word
    /// against a name, opposites far apart, …), rather than merely unplaced: set against the whole other claim, or
    /// different names, which say nothing either way. A verdict that rests on set-aside evidence is no discrepancy
    /// however sure: in samples of FNC-1 bodies such verdicts were not real conflicts, while some unplaced ones were.
    /// </summary>
    private static bool IsSetAside(ConflictEvidence evidence, Claim a, Claim b)
        => evidence.Type is not (DiscrepancyType.Entity or DiscrepancyType.Modality) && !IsWhole(evidence.First, a.Content) && !IsWhole(evidence.Second, b.Content)
           && !IsPinpointed(evidence, a, b, 0);

    /// <summary>
    /// Whether two conflicting figures or dates are about one quantity or event: <see cref="SameQuantityContext"/>
    /// informative words near both, and nothing marking them as different things (<see cref="ConflictFinder.AreDifferentThings"/>);
    /// or claims that restate one statement (cosine ≥ <see cref="SameStatementSimilarity"/>) with words near both as
    /// <see cref="OnOneThing"/> counts them, names included ("Sotloff disappeared in Syria in August 2013" / "… August
    /// 2016"; "captured in Syria on Thanksgiving Day 2012" / "… 2015");
    /// or <see cref="RestatedQuantityContext"/> informative words near both.
    /// </summary>
    private static bool SameQuantity(ConflictEvidence evidence, Claim a, Claim b, float similarity)
    {
        var shared = ConflictFinder.SharedContextWords(a.Content, evidence.First, b.Content, evidence.Second);
        return shared.Words >= RestatedQuantityContext
            || similarity >= SameStatementSimilarity && OnOneThing(shared)
            || shared.Words >= SameQuantityContext && !ConflictFinder.AreDifferentThings(a.Content, evidence.First, b.Content, evidence.Second);
    }

    /// <summary>
    /// How many informative words near two figures or dates make them one quantity whatever else differs: a sentence
    /// restated with another year ("the company was founded in 2012 by two engineers in Austin" / "… in 2015 …") shares
    /// most of its context. Of 100 years moved three on in copies of FNC-1 test bodies, 2 were found before this
    /// (`claimdiff evaluate planted`).
    /// </summary>
    internal const int RestatedQuantityContext = 4;

    /// <summary>Whether the affirmed side of a negation conflict (the span that does not open with the negation) refutes something.</summary>
    private static bool AffirmedSideRefutes(ConflictEvidence evidence, Claim a, Claim b)
        => OpensWithNegation(a.Content, evidence.First)
            ? ConflictFinder.RefutesElsewhere(b.Content, evidence.Second)
            : ConflictFinder.RefutesElsewhere(a.Content, evidence.First);

    private static bool OpensWithNegation(string text, TextRange span)
        => span.Start >= 0 && span.End <= text.Length && Tokenizer.Tokenize(text[span.Start..span.End]).FirstOrDefault() is { } first && ConflictLexicon.IsNegation(first.Term);

    /// <summary>
    /// Whether a negated word and its affirmed twin, or two opposites, are about one thing: the informative words near
    /// both, as <see cref="OnOneThing"/> counts them. "The video does not show what occurred inside" / "the video shows Zehaf Bibeau was able" share
    /// only "video"; "Macaulay Culkin is still alive" / "Macaulay Culkin found dead" share the name and "still"; "sell the
    /// Watch Edition" / "buying the Watch Edition" share only a name. Of 25 sampled negation discrepancies on 1,000 FNC-1
    /// bodies, this kept 4 of the 5 real ones and dropped 12 of the 20 others. With <c>namesSuffice</c>, shared names
    /// alone make the thing one (<see cref="NegatedRestatementSimilarity"/>).
    /// </summary>
    private static bool AboutOneThing(ConflictEvidence evidence, Claim a, Claim b, bool namesSuffice = false)
    {
        var shared = ConflictFinder.SharedContextWords(a.Content, evidence.First, b.Content, evidence.Second);
        return OnOneThing(shared) || namesSuffice && shared.WithNames >= SameQuantityContext;
    }

    /// <summary>
    /// How much wording (TF-IDF cosine) two claims must share for a negation to be about one thing when the words they
    /// share near it are names ("Christian Bale will not be playing Steve Jobs after all" / "Christian Bale will slip into
    /// a mock turtleneck to play Steve Jobs"; a title-case headline's words: "Argentina's President Didn't Actually Adopt
    /// …" / "… President … adopts"). Denials do not get it: for them it adds mostly false discrepancies. Docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value.
    /// </summary>
    internal const float NegatedRestatementSimilarity = 0.4f;

    /// <summary><see cref="SameQuantityContext"/> shared words, names included, one of them no name.</summary>
    private static bool OnOneThing((int Words, int WithNames) shared) => shared.Words >= 1 && shared.WithNames >= SameQuantityContext;

    /// <summary>
    /// How many words right before a denial may carry another refutation word that backs the denial up rather than being
    /// what it denies ("Hefner Dead Rumors Not True").
    /// </summary>
    private const int DoubtBefore = 2;

    /// <summary>
    /// Whether a denial is set against what the other claim affirms: the denying words say the report is false ("a
    /// hoax", "denies", "not true", not "the rumour" or "skeptical": <see cref="ConflictLexicon.Falsity"/>), offer no choice ("confirm
    /// or deny") and refuse nothing ("were denied a raise"); the denier asks no question ("Real or hoax?") and denies
    /// nothing else ("denies the hoax claims" affirms; a word of doubt right before the denial backs it up: "Dead Rumors
    /// Not True", <see cref="DoubtBefore"/>); the other claim negates nothing ("is NOT dead" and "the death
    /// hoax" agree) nor is credited with a denial itself ("X ruled out any malicious activity"); and the two share words as
    /// <see cref="OnOneThing"/> counts them (<see cref="ConflictFinder.SharedWords"/>).
    /// </summary>
    private static bool IsDenialOfTheOther(ConflictEvidence evidence, Claim a, Claim b)
    {
        var (denier, span, other, denying, denied) = IsWhole(evidence.Second, b.Content) ? (a.Content, evidence.First, b.Content, a, b) : (b.Content, evidence.Second, a.Content, b, a);
        // Two denials of one thing agree: "found no evidence of malicious activity" / "ruled out any malicious activity".
        if (span.Start < 0 || span.End > denier.Length || IsWhole(span, denier) || denied.Modality == Modality.Denied) return false;
        var before = denier[..span.Start].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        var cue = denier[span.Start..span.End].ToLowerInvariant();
        return ConflictLexicon.IsFalsity(cue) && !denier.TrimEnd().EndsWith('?') && previous is not ("or" or "nor")
            && !(cue == "denied" && previous is "was" or "were" or "been" or "being" or "is" or "are" or "be")
            && !Tokenizer.Tokenize(other).Any(t => ConflictLexicon.IsNegation(t.Term)) && !ConflictFinder.RefutesElsewhere(denier, span, DoubtBefore)
            && ConflictFinder.SharedWords(denier, other) is var shared && OnOneThing(shared)
            && (denying.Modality != Modality.Denied || shared.Words >= DeniedStatementWords);
    }

    /// <summary>
    /// How many words other than names (three) a source's denial ("an Iraqi official denied that a woman detained in Lebanon is a
    /// wife of Abu Bakr al-Baghdadi, the leader of Islamic State group") must share with the claim it is set against: such
    /// a sentence repeats names and titles that most claims of the story carry ("ISIS … is led by Abu Bakr al-Baghdadi").
    /// </summary>
    internal const int DeniedStatementWords = 3;

    /// <summary>
    /// The TF-IDF cosine a source's denial (a claim credited with "denied", "rejected", …) needs with the claim it is set
    /// against, rather than <see cref="DenialSimilarity"/>: its content keeps the denying verb, and a lower value matches
    /// a denial's names and titles against every other claim about the same person (docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value).
    /// </summary>
    internal const float DeniedStatementSimilarity = 0.45f;

    /// <summary>
    /// Opposites that name people ("the girl" / "the boy", "a woman" / "a man"): in news the two claims are about two
    /// different people far more often than they disagree about one (docs/benchmarks.md, "Comparison defaults", gives the measurements behind the value).
    /// </summary>
    private static readonly HashSet<string> People = new(StringComparer.Ordinal) { "man", "woman", "men", "women", "boy", "girl", "boys", "girls" };

    /// <summary>
    /// Opposites that news uses mostly to place different events in time, size or place, or to qualify different things
    /// ("for the first time" / "last month", "since the end of the occupation" / "the campaign began", "every night" / "one
    /// day", "large swaths" / "a small town", "shots fired outside the car" / "a shot fired inside the car", "the real
    /// beggar" / "a fake video"), and the two sides of one sale ("Apple will sell the watch" / "buying the watch"): in a
    /// sample of 15 antonym discrepancies on 1,000 FNC-1 bodies, 9 rested on the first four kinds and none was real; in a
    /// later sample of 23, 4 rested on inside/outside and 5 on real/fake, none real.
    /// </summary>
    private static readonly HashSet<string> WeakOpposites = new(StringComparer.Ordinal)
    {
        "first", "last", "begin", "began", "begun", "start", "started", "starting", "end", "ended", "day", "night",
        "large", "small", "big", "high", "highly", "low", "inside", "outside", "indoors", "outdoors", "real", "fake",
        "buy", "buys", "buying", "bought", "sell", "sells", "selling", "sold",
    };

    /// <summary>
    /// Scope words that news uses mostly for other things ("all year long", "just a wonderful sound", "an exclusive
    /// interview", "the widely popular channel", "20 metres wide"): a scope conflict needs a narrowing or widening word
    /// proper on both sides (only, solely, specifically, limited to … against broadly, broader, beyond, extending …).
    /// </summary>
    private static readonly HashSet<string> WeakScopeCues = new(StringComparer.Ordinal)
    {
        "all", "every", "everything", "everyone", "everywhere", "just", "across", "whole", "entire", "general", "generally", "exclusive", "exclusively",
        "wide", "widely", "wider", "widespread",
    };

    /// <summary>Words after "only" that make it a matter of time ("only recently came to light", "only now decided").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "now", "then", "recently", "lately", "later", "just", "after", "when", "once", "today", "yesterday", "this", "last",
    };

    /// <summary>
    /// Whether the scope word at <paramref name="span"/> of <paramref name="text"/> does not set the reach of a statement:
    /// one of <see cref="WeakScopeCues"/>, an "only" of time ("only recently", <see cref="TimeWords"/>) or an adjective
    /// ("the only controversy"). In samples of FNC-1 bodies, scope discrepancies that rested on these were never real.
    /// </summary>
    private static bool IsWeakScope(string text, TextRange span)
    {
        if (IsOneOf(WeakScopeCues, text, span)) return true;
        if (!text[span.Start..span.End].Equals("only", StringComparison.OrdinalIgnoreCase)) return false;
        var before = text[..span.Start].TrimEnd();
        var after = text[span.End..].TrimStart();
        var next = new string([.. after.TakeWhile(char.IsLetter)]).ToLowerInvariant();
        return TimeWords.Contains(next) || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a weak broad word ("every", "all", "entire", "whole") stands against a proper "only" over the same thing:
    /// "the owners of every cooling tower in the city" / "applies only to the 12 cooling towers near the outbreak". A word
    /// of the few right after the one must be among those right after the other, unless the claims restate one statement
    /// (<see cref="SameStatementSimilarity"/>: "every supporter who attended would receive a full refund" / "refunds will
    /// be offered only to fans who bought tickets on the day").
    /// </summary>
    private static bool IsEveryAgainstOnly(ConflictEvidence evidence, Claim a, Claim b, float similarity)
        => IsOneOf(EveryWords, a.Content, evidence.First) && !IsWeakScope(b.Content, evidence.Second)
           && (similarity >= SameStatementSimilarity && QuantifiesNext(a.Content, evidence.First)
               || WordsAfter(a.Content, evidence.First).Overlaps(WordsAfter(b.Content, evidence.Second)));

    /// <summary>Whether the word after <paramref name="span"/>, past "the", "of" and possessives, is informative: "every supporter", "all of the towers"; not "all in all".</summary>
    private static bool QuantifiesNext(string text, TextRange span)
        => span.End <= text.Length && Tokenizer.Tokenize(text[span.End..]).SkipWhile(t => t.Term is "the" or "of" or "its" or "their" or "his" or "her" or "our")
            .FirstOrDefault() is { Term: { } term } && Tokenizer.IsInformative(term);

    /// <summary>The informative terms among the four words after <paramref name="span"/>.</summary>
    private static HashSet<string> WordsAfter(string text, TextRange span)
        => span.End <= text.Length ? [.. Tokenizer.Tokenize(text[span.End..]).Take(4).Select(t => t.Term).Where(Tokenizer.IsInformative)] : [];

    private static readonly HashSet<string> EveryWords = new(StringComparer.Ordinal) { "all", "every", "entire", "whole" };

    /// <summary>Whether <paramref name="span"/> covers every letter and digit of <paramref name="text"/>: evidence set against the whole claim.</summary>
    private static bool IsWhole(TextRange span, string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsLetterOrDigit(text[first])) first++;
        var last = text.Length;
        while (last > first && !char.IsLetterOrDigit(text[last - 1])) last--;
        return span.Start <= first && span.End >= last;
    }

    /// <summary>Whether the words at <paramref name="span"/> of <paramref name="text"/>, lower-cased, are one of <paramref name="words"/>.</summary>
    private static bool IsOneOf(IReadOnlySet<string> words, string text, TextRange span)
        => span.Start >= 0 && span.End <= text.Length && words.Contains(text[span.Start..span.End].ToLowerInvariant());

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
