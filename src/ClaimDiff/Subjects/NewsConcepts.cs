using System.Collections.Frozen;
using System.Text;
using ClaimDiff.Text;

namespace ClaimDiff.Subjects;

/// <summary>
/// Broad news concepts that paraphrases share although their words differ ("military end-users" / "the defence
/// sector", "ban" / "curbs" / "restricting", "firms" / "suppliers"). The lexical grouper adds a claim's concepts to its
/// text, so that two wordings of one subject meet; a dense embedder needs no such help.
/// </summary>
internal static class NewsConcepts
{
    private static readonly FrozenDictionary<string, string> ConceptOf = Build(new Dictionary<string, string>
    {
        ["military"] = "military defense defence army armed arms weapon weapons troops",
        ["restrict"] = "ban banned restrict restricting restrictions curb curbs embargo halt halted block blocked controls sanction sanctions",
        ["company"] = "company companies firm firms supplier suppliers maker makers manufacturer manufacturers exporter exporters industry sector business businesses",
        ["export"] = "export exports exported exporting shipment shipments shipping trade",
        ["civilian"] = "civilian civilians commercial consumer",
    });

    private static FrozenDictionary<string, string> Build(Dictionary<string, string> concepts)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, words) in concepts)
            foreach (var word in words.Split(' '))
                map[Tokenizer.Stem(word)] = "concept" + concept;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The text followed by one concept word per concept it mentions ("conceptmilitary").</summary>
    public static string Expand(string text)
    {
        var concepts = Tokenizer.Tokenize(text).Select(t => ConceptOf.GetValueOrDefault(t.Term)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (concepts.Count == 0)
            return text;
        var expanded = new StringBuilder(text);
        foreach (var concept in concepts)
            expanded.Append(' ').Append(concept);
        return expanded.ToString();
    }
}
