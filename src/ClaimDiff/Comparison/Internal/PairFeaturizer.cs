using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>The second text of a pair, profiled once: the whole text and each of its sentences.</summary>
internal sealed class ArticleProfile
{
    public required TextVector Vector { get; init; }
    public required HashSet<string> Terms { get; init; }
    public required HashSet<(string, string)> Bigrams { get; init; }
    public required TextAnalysis[] Sentences { get; init; }
    public required int TokenCount { get; init; }

    public int Count(Cue cue)
    {
        var n = 0;
        foreach (var s in Sentences) n += s.CountOf(cue);
        return n;
    }
}

/// <summary>
/// The features of one pair, the typed conflicts found against the best-matching sentences, and the text the model's
/// word features read from the second text: its best-matching sentences, in text order, and the words of the best one
/// that nothing in the first text explains (<see cref="WordAlignment"/>).
/// </summary>
internal readonly record struct PairFeatures(float[] Values, List<ConflictEvidence> Evidence, float BestSimilarity, string SecondWords, string NewWords);

/// <summary>
/// Turns a (claim, claim-or-article) pair into a fixed-length feature vector. A long second text is split into sentences;
/// the <see cref="TopSentences"/> most similar to the claim (TF-IDF cosine) are compared with it one by one and their
/// features aggregated (best, max, mean), next to whole-text overlap features, so nothing is truncated.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PairFeaturizer(TfidfEmbedder embedder, WordPairLexicon wordPairs, ISentenceSegmenter? segmenter = null)
{
    public const int TopSentences = 3;
    private const int SentenceFeatureCount = 16 + WordAlignment.FeatureCount;
    /// <summary>The whole-text features before the unaligned-word categories, which start at this index.</summary>
    private const int LexicalWholeFeatureCount = 30;
    /// <summary>The whole-text features of explained word pairs (<see cref="WordPairLexicon"/>) start at this index.</summary>
    private const int WordPairFeatureStart = LexicalWholeFeatureCount + WordAlignment.CategoryBins;
    private const int WholeFeatureCount = WordPairFeatureStart + WordPairLexicon.FeatureCount;
    private const float RelatedSentenceSimilarity = 0.1f;

    /// <summary>The length of the feature vector.</summary>
    public const int FeatureCount = WholeFeatureCount + 3 * SentenceFeatureCount;

    private static readonly SentenceSegmenter DefaultSegmenter = new();

    /// <summary>Splits a second text into sentences.</summary>
    public ISentenceSegmenter Segmenter { get; } = segmenter ?? DefaultSegmenter;

    public TfidfEmbedder Embedder { get; } = embedder;

    /// <summary>The word pairs learnt from people's explanations of training pairs.</summary>
    public WordPairLexicon WordPairs { get; } = wordPairs;

    /// <summary>The same featurizer with another word-pair table (training featurises each fold with pairs mined from the others).</summary>
    public PairFeaturizer With(WordPairLexicon wordPairs) => new(Embedder, wordPairs, Segmenter);

    /// <summary>The same featurizer splitting second texts with <paramref name="segmenter"/>.</summary>
    public PairFeaturizer With(ISentenceSegmenter segmenter) => new(Embedder, WordPairs, segmenter);

    /// <summary>The feature names, in vector order (for the model card and diagnostics).</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public TextAnalysis ProfileClaim(string text) => TextAnalysis.Of(text);

    public ArticleProfile ProfileArticle(string text)
    {
        var sentences = Segmenter.Segment(text);
        var profiles = new TextAnalysis[Math.Max(1, sentences.Count)];
        // A one-sentence text (a claim) shares the analysis of the string itself.
        if (sentences.Count == 0 || sentences.Count == 1 && sentences[0].Start == 0 && sentences[0].Text.Length == text.Length)
            profiles[0] = TextAnalysis.Of(text);
        else
            for (var i = 0; i < sentences.Count; i++)
                profiles[i] = TextAnalysis.Create(sentences[i].Text, sentences[i].Start);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var bigrams = new HashSet<(string, string)>();
        var tokens = 0;
        foreach (var p in profiles)
        {
            terms.UnionWith(p.Terms);
            bigrams.UnionWith(p.Bigrams);
            tokens += p.Tokens.Length;
        }
        return new ArticleProfile
        {
            Vector = profiles.Length == 1 ? profiles[0].VectorFor(Embedder) : Embedder.Embed(profiles.SelectMany(p => p.Tokens)),
            Terms = terms,
            Bigrams = bigrams,
            Sentences = profiles,
            TokenCount = tokens,
        };
    }

    public PairFeatures Featurize(TextAnalysis a, ArticleProfile b)
    {
        var f = new float[FeatureCount];
        f[0] = a.VectorFor(Embedder).Cosine(b.Vector);
        f[1] = Jaccard(a.Terms, b.Terms);
        f[2] = Containment(a.Terms, b.Terms);
        f[3] = Containment(a.Bigrams, b.Bigrams);
        f[4] = MathF.Log(1 + a.Tokens.Length);
        f[5] = MathF.Log(1 + b.TokenCount);
        f[6] = MathF.Log(b.Sentences.Length);
        f[7] = MathF.Log(1 + b.Count(Cue.Refutation));
        f[8] = MathF.Log(1 + b.Count(Cue.Hedge));
        f[9] = MathF.Log(1 + b.Count(Cue.Negation));
        f[10] = a.CountOf(Cue.Refutation);
        f[11] = a.CountOf(Cue.Hedge);
        f[12] = a.CountOf(Cue.Negation);
        f[13] = a.CountOf(Cue.Narrow);
        f[14] = a.CountOf(Cue.Broad);
        f[15] = a.VectorFor(Embedder).Cosine(b.Sentences[0].VectorFor(Embedder));
        f[16] = b.Count(Cue.Refutation) / (float)b.Sentences.Length;
        f[17] = a.Text.Contains('?') ? 1 : 0;
        f[18] = a.Text.AsSpan().ContainsAny('"', '\u201C', '\'') ? 1 : 0;
        for (var i = 0; i < b.Sentences.Length && i < 3; i++)
            f[19] += b.Sentences[i].CountOf(Cue.Refutation);
        foreach (var sentence in b.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                var group = ConflictLexicon.RefutationGroup(token.Term);
                if (group >= 0) f[20 + group]++;
            }
        }
        for (var g = 20; g < 20 + ConflictLexicon.RefutationGroupCount; g++)
            f[g] = MathF.Log(1 + f[g]);

        // Rank the sentences by similarity to the claim; ties keep text order so the result is deterministic.
        var n = b.Sentences.Length;
        Span<int> best = stackalloc int[TopSentences];
        Span<float> bestSim = stackalloc float[TopSentences];
        best.Fill(-1);
        bestSim.Fill(float.NegativeInfinity);
        int related = 0, relatedRefuting = 0, relatedHedging = 0, relatedNegated = 0;
        for (var i = 0; i < n; i++)
        {
            var sim = n == 1 ? f[0] : a.VectorFor(Embedder).Cosine(b.Sentences[i].VectorFor(Embedder));
            if (sim >= RelatedSentenceSimilarity)
            {
                // The sentences about the claim's subject: what share of them refute, hedge or negate.
                related++;
                var sentence = b.Sentences[i];
                if (sentence.FirstOf(Cue.Refutation) >= 0) relatedRefuting++;
                if (sentence.FirstOf(Cue.Hedge) >= 0) relatedHedging++;
                if (sentence.FirstOf(Cue.Negation) >= 0) relatedNegated++;
            }
            for (var k = 0; k < TopSentences; k++)
            {
                if (sim <= bestSim[k]) continue;
                for (var m = TopSentences - 1; m > k; m--)
                {
                    best[m] = best[m - 1];
                    bestSim[m] = bestSim[m - 1];
                }
                best[k] = i;
                bestSim[k] = sim;
                break;
            }
        }

        f[20 + ConflictLexicon.RefutationGroupCount] = MathF.Log(1 + related);
        f[21 + ConflictLexicon.RefutationGroupCount] = related == 0 ? 0 : relatedRefuting / (float)related;
        f[22 + ConflictLexicon.RefutationGroupCount] = related == 0 ? 0 : relatedHedging / (float)related;
        f[23 + ConflictLexicon.RefutationGroupCount] = related == 0 ? 0 : relatedNegated / (float)related;
        f[24 + ConflictLexicon.RefutationGroupCount] = related / (float)n;

        var evidence = new List<ConflictEvidence>();
        Span<float> s = stackalloc float[SentenceFeatureCount];
        var top = WholeFeatureCount;
        var max = top + SentenceFeatureCount;
        var mean = max + SentenceFeatureCount;
        var used = 0;
        var newWords = "";
        for (var k = 0; k < TopSentences && best[k] >= 0; k++)
        {
            var sentence = b.Sentences[best[k]];
            var conflicts = ConflictFinder.Find(a, sentence);
            var unexplained = SentenceFeatures(a, sentence, bestSim[k], best[k], conflicts, s, k == 0 ? f.AsSpan(LexicalWholeFeatureCount, WordAlignment.CategoryBins) : []);
            if (k == 0)
            {
                newWords = unexplained;
                WordPairs.Features(a.ContentWords, sentence.ContentWords, WordNetLexicon.Default, f.AsSpan(WordPairFeatureStart, WordPairLexicon.FeatureCount));
            }
            for (var j = 0; j < SentenceFeatureCount; j++)
            {
                if (k == 0) f[top + j] = s[j];
                f[max + j] = k == 0 ? s[j] : Math.Max(f[max + j], s[j]);
                f[mean + j] += s[j];
            }
            foreach (var c in conflicts)
                evidence.Add(c);
            used++;
        }
        for (var j = 0; j < SentenceFeatureCount; j++)
            f[mean + j] /= Math.Max(1, used);

        // Strongest first: by type priority, then by the rank of the sentence it came from (stable sort keeps that order).
        var ordered = evidence.OrderBy(e => Array.FindIndex(BuiltInDetectors.All, d => d.Type == e.Type)).ToList();
        var words = n == 1 ? b.Sentences[0].Text : string.Join(' ', best[..used].ToArray().Order().Select(i => b.Sentences[i].Text));
        return new PairFeatures(f, ordered, used > 0 ? bestSim[0] : 0f, words, newWords);
    }

    /// <returns>The words of <paramref name="s"/> that nothing in <paramref name="a"/> explains.</returns>
    private static string SentenceFeatures(TextAnalysis a, TextAnalysis s, float similarity, int position, List<ConflictEvidence> conflicts, Span<float> f, Span<float> unalignedCategories)
    {
        f.Clear();
        f[0] = similarity;
        f[1] = Containment(a.Terms, s.Terms);
        f[2] = Containment(a.Bigrams, s.Bigrams);
        f[3] = Jaccard(a.Terms, s.Terms);
        // How much of the sentence is new relative to the claim: high for a neutral elaboration.
        f[4] = 1 - Containment(s.Terms, a.Terms);
        f[5] = s.CountOf(Cue.Refutation);
        f[6] = s.CountOf(Cue.Hedge);
        f[7] = s.CountOf(Cue.Negation);
        f[8] = MathF.Log(1 + position);
        var unexplained = WordAlignment.Features(a, s, WordNetLexicon.Default, f[16..], unalignedCategories);
        foreach (var c in conflicts)
        {
            var index = Array.IndexOf(ConflictSlots, c.Type);
            if (index >= 0) f[FirstConflictSlot + index] = 1;
        }
        return unexplained;
    }

    /// <summary>The conflict types with a feature of their own, from <see cref="FirstConflictSlot"/> on, in the order of the feature names.</summary>
    private static readonly DiscrepancyType[] ConflictSlots =
    [
        DiscrepancyType.Scope, DiscrepancyType.Numeric, DiscrepancyType.DateTime, DiscrepancyType.Antonym,
        DiscrepancyType.Negation, DiscrepancyType.Denial, DiscrepancyType.Entity,
    ];

    private const int FirstConflictSlot = 9;

    private static float Jaccard<T>(HashSet<T> x, HashSet<T> y)
    {
        if (x.Count == 0 && y.Count == 0) return 0;
        var shared = Shared(x, y);
        return shared / (float)(x.Count + y.Count - shared);
    }

    /// <summary>The share of <paramref name="x"/> found in <paramref name="y"/>.</summary>
    private static float Containment<T>(HashSet<T> x, HashSet<T> y) => x.Count == 0 ? 0 : Shared(x, y) / (float)x.Count;

    private static int Shared<T>(HashSet<T> x, HashSet<T> y)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        var n = 0;
        foreach (var item in small)
            if (large.Contains(item)) n++;
        return n;
    }

    private static string[] BuildNames()
    {
        string[] whole =
        [
            "cosine", "jaccard", "containment", "bigram_containment", "log_tokens_first", "log_tokens_second", "log_sentences_second",
            "log_refutations_second", "log_hedges_second", "log_negations_second", "refutations_first", "hedges_first", "negations_first",
            "narrow_first", "broad_first", "cosine_lead_sentence", "refutations_per_sentence_second",
            "question_first", "quote_first", "refutations_lead_second",
            "log_fake_words_second", "log_deny_words_second", "log_false_words_second", "log_debunk_words_second", "log_report_words_second",
            "log_related_sentences", "related_refuting_share", "related_hedging_share", "related_negated_share", "related_share",
            .. Enumerable.Range(0, WordAlignment.CategoryBins).Select(c => c < WordNetLexicon.CategoryCount ? $"unaligned_lexfile_{c}" : "unaligned_unknown"),
            .. WordPairLexicon.Names,
        ];
        string[] sentence =
        [
            "cosine", "containment", "bigram_containment", "jaccard", "novelty", "refutations", "hedges", "negations", "log_position",
            "scope_conflict", "numeric_conflict", "date_conflict", "antonym_conflict", "negation_conflict", "denial_conflict", "entity_conflict",
            .. WordAlignment.Names,
        ];
        return [.. whole, .. sentence.Select(n => "top_" + n), .. sentence.Select(n => "max_" + n), .. sentence.Select(n => "mean_" + n)];
    }
}
