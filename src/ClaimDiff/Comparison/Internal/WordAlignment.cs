using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>
/// Aligns the informative words of one text with those of another through WordNet, natural-logic style: each word
/// takes its most compatible relation to any word of the other text (the same word or a synonym, then a more general
/// word, a more specific one, a sibling, an opposite), and the features are the shares of words in each relation,
/// both ways. "A man is sleeping" against "A woman is running": man/woman are opposites, sleep/run siblings.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class WordAlignment
{
    /// <summary>Features per direction: aligned, more general, more specific, sibling, opposite, unaligned.</summary>
    private const int PerDirection = 6;

    /// <summary>
    /// Both directions; the second text's siblings and opposites among its nouns, verbs and other words; the relation
    /// of its first informative word (usually the subject) and of its first verb (-1 when it has none).
    /// </summary>
    public const int FeatureCount = 2 * PerDirection + 5;

    /// <summary>Most compatible first: the order in which a word's relations are preferred.</summary>
    private static readonly WordRelation[] Preference =
        [WordRelation.Same, WordRelation.Synonym, WordRelation.Hypernym, WordRelation.Hyponym, WordRelation.Sibling, WordRelation.Antonym];

    public static readonly string[] Names =
    [
        "wn_second_aligned", "wn_second_general", "wn_second_specific", "wn_second_sibling", "wn_second_opposite", "wn_second_unaligned",
        "wn_first_aligned", "wn_first_general", "wn_first_specific", "wn_first_sibling", "wn_first_opposite", "wn_first_unaligned",
        "wn_second_incompatible_nouns", "wn_second_incompatible_verbs", "wn_second_incompatible_others",
        "wn_second_first_word_relation", "wn_second_first_verb_relation",
    ];

    /// <summary>The length of the category histogram: one bin per WordNet lexicographer file, then one for unknown words.</summary>
    public const int CategoryBins = WordNetLexicon.CategoryCount + 1;

    private const int Unaligned = PerDirection - 1;

    /// <summary>
    /// Writes <see cref="FeatureCount"/> features of <paramref name="second"/> against <paramref name="first"/> into
    /// <paramref name="f"/> and, unless <paramref name="unalignedCategories"/> is empty, counts the second text's
    /// unaligned words by what they name (<see cref="CategoryBins"/> bins): new people, actions or qualities a claim adds.
    /// </summary>
    /// <returns>
    /// The second text's words that no word of the first explains (siblings, opposites and unaligned words), then one
    /// token per sibling or opposite pair ("manxwoman", "sitxstand" as written), space-separated.
    /// </returns>
    public static string Features(TextAnalysis first, TextAnalysis second, WordNetLexicon lexicon, Span<float> f, Span<float> unalignedCategories)
    {
        f[..FeatureCount].Clear();
        var words = second.ContentWords;
        var (slots, partners) = Align(first.ContentWords, words, lexicon, f[..PerDirection]);
        Align(words, first.ContentWords, lexicon, f.Slice(PerDirection, PerDirection));
        var firstVerb = -1;
        var unexplained = new List<string>();
        var pairs = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (slots[i] >= 3) unexplained.Add(words[i]);
            if (slots[i] is 3 or 4) pairs.Add(first.ContentWords[partners[i]] + "x" + words[i]);
            var category = lexicon.Category(words[i]);
            var isVerb = category >= FirstVerbCategory;
            if (isVerb && firstVerb < 0) firstVerb = slots[i];
            if (slots[i] is 3 or 4)
                f[2 * PerDirection + (category < FirstNounCategory ? 2 : isVerb ? 1 : 0)]++;
            if (slots[i] == Unaligned && !unalignedCategories.IsEmpty)
                unalignedCategories[category < 0 ? WordNetLexicon.CategoryCount : category]++;
        }
        f[2 * PerDirection + 3] = words.Length == 0 ? -1 : slots[0];
        f[2 * PerDirection + 4] = firstVerb;
        return string.Join(' ', unexplained.Concat(pairs));
    }

    /// <summary>WordNet's first noun lexicographer file (noun.Tops); 0–2 are adjectives and adverbs.</summary>
    private const int FirstNounCategory = 3;

    /// <summary>WordNet's first verb lexicographer file (verb.body).</summary>
    private const int FirstVerbCategory = 29;

    /// <summary>
    /// Each of <paramref name="words"/>' best relation to <paramref name="against"/> (0 aligned … 5 unaligned) with the
    /// index of the word it relates to (-1 when unaligned), and their shares written into <paramref name="shares"/>.
    /// </summary>
    private static (byte[] Slots, int[] Partners) Align(string[] against, string[] words, WordNetLexicon lexicon, Span<float> shares)
    {
        var slots = new byte[words.Length];
        var partners = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var best = Preference.Length;
            partners[i] = -1;
            for (var k = 0; k < against.Length; k++)
            {
                var rank = words[i] == against[k] ? 0 : Array.IndexOf(Preference, lexicon.Relate(against[k], words[i]));
                if (rank >= 0 && rank < best)
                {
                    best = rank;
                    partners[i] = k;
                }
                if (best <= 1) break;
            }
            // Same word and synonym share a slot; no relation at all (best == Preference.Length) takes the last.
            slots[i] = (byte)Math.Max(0, best - 1);
            shares[slots[i]]++;
        }
        for (var i = 0; i < shares.Length && words.Length > 0; i++) shares[i] /= words.Length;
        return (slots, partners);
    }
}
