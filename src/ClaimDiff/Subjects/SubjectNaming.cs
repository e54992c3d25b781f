using ClaimDiff.Claims;
using ClaimDiff.Text;

namespace ClaimDiff.Subjects;

/// <summary>Describes a group of claims as a <see cref="Subject"/>: its representative claim, keywords and label.</summary>
internal static class SubjectNaming
{
    /// <summary>The subject <paramref name="id"/> of the claims at <paramref name="members"/> (ascending), whose vectors are <paramref name="vectors"/> (by claim index).</summary>
    public static Subject Describe(string id, int[] members, IReadOnlyList<Claim> claims, TextVector[] vectors, DocumentFrequencies frequencies)
    {
        // The member most similar to the others: for unit vectors, the sum of its cosines with them is its dot product
        // with the members' sum less its own norm, so this is linear in the subject's size.
        var sum = new Dictionary<int, float>();
        foreach (var m in members)
            foreach (var (index, value) in Entries(vectors[m]))
                sum[index] = sum.GetValueOrDefault(index) + value;
        var representative = members
            .Select(m => (Index: m, Score: Entries(vectors[m]).Sum(e => e.Value * (sum[e.Index] - e.Value))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
            .First().Index;
        var keywords = Keywords(members.Select(m => claims[m].Content), frequencies);
        return new Subject
        {
            Id = id,
            Label = keywords.Count > 0 ? string.Join(", ", keywords.Take(3)) : claims[representative].Content,
            Keywords = keywords,
            ClaimIds = members.Select(m => claims[m].Id).ToList(),
            RepresentativeClaimId = claims[representative].Id,
        };
    }

    private static IEnumerable<(int Index, float Value)> Entries(TextVector vector)
    {
        for (var i = 0; i < vector.Indices.Length; i++)
            yield return (vector.Indices[i], vector.Values[i]);
    }

    /// <summary>The most informative terms of a subject, each shown in its most frequent written form.</summary>
    private static List<string> Keywords(IEnumerable<string> texts, DocumentFrequencies frequencies)
    {
        var scores = new Dictionary<string, (float Score, Dictionary<string, int> Forms)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Tokenize(text).DistinctBy(t => t.Term))
            {
                if (token.Term.Length < 3 || Tokenizer.StopWords.Contains(token.Term) || char.IsDigit(token.Term[0]))
                    continue;
                var entry = scores.TryGetValue(token.Term, out var e) ? e : (Score: 0f, Forms: new Dictionary<string, int>(StringComparer.Ordinal));
                var form = text.Substring(token.Start, token.Length);
                form = char.IsUpper(form[0]) && form.Skip(1).All(char.IsLower) ? form.ToLowerInvariant() : form;
                entry.Forms[form] = entry.Forms.GetValueOrDefault(form) + 1;
                scores[token.Term] = (entry.Score + frequencies.Idf(token.Term), entry.Forms);
            }
        }
        return scores
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(kv => kv.Value.Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key)
            .ToList();
    }
}
