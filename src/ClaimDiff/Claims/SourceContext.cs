namespace ClaimDiff.Claims;

/// <summary>
/// What an article has named so far, so that "the ministry", "she" or "the newspaper" can be resolved to the named
/// source they refer back to.
/// </summary>
internal sealed class SourceContext
{
    private readonly List<(string Name, SourceKind Kind)> _mentions = [];

    /// <summary>Records the names a sentence mentions.</summary>
    public void Observe(string sentence, List<Word> words)
    {
        foreach (var run in Attribution.CapitalisedRuns(sentence, words))
            _mentions.Add((run, Classify(run)));
    }

    /// <summary>Records a source a claim was credited to.</summary>
    public void Credit(string source, SourceKind kind)
    {
        if (kind is not (SourceKind.Publisher or SourceKind.Unnamed))
            _mentions.Add((source, kind));
        // "a ministry spokesperson told reporters … she said": a nameless person can still be "she".
        else if (kind == SourceKind.Unnamed && PersonNouns.Contains(source.Split(' ')[^1]))
            _mentions.Add((source, SourceKind.Unnamed));
    }

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesperson", "spokesman", "spokeswoman", "official", "minister", "executive", "analyst", "economist", "diplomat",
        "person", "researcher", "lawmaker", "president", "leader", "director", "chairman", "chairwoman", "ambassador",
    };

    /// <summary>Resolves a source phrase to the name it refers to, with its kind.</summary>
    public (string Source, SourceKind Kind) Resolve(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        if (words.Length == 1 && Lexicon.Pronouns.Contains(head))
        {
            var wanted = head.ToLowerInvariant() is "he" or "she" ? [SourceKind.Person, SourceKind.Unnamed] : new[] { SourceKind.Organization, SourceKind.Country, SourceKind.Outlet };
            return Latest(m => wanted.Contains(m.Kind)) ?? (phrase, SourceKind.Unnamed);
        }
        // "Li" after "Li Wei, founder of …": a surname alone is the latest person named with it.
        if (words.Length == 1 && char.IsUpper(head[0])
            && Latest(m => m.Kind == SourceKind.Person && m.Name.Contains(' ') && m.Name.Split(' ')[^1] == head) is { } named)
            return named;
        if (words.Length is > 1 and <= 3 && words[0].ToLowerInvariant() is "the" or "this" or "that" && char.IsLower(head[0]))
        {
            // "the ministry" → the latest named source whose name contains "Ministry"; "the newspaper" → the latest outlet.
            var noun = head.TrimEnd('s');
            return Latest(m => m.Kind != SourceKind.Unnamed && m.Name.Split(' ').Any(w => w.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && w.Length <= noun.Length + 3))
                ?? (KindOfReference.TryGetValue(noun, out var kind) ? Latest(m => m.Kind == kind) : null)
                ?? (phrase, SourceKind.Unnamed);
        }
        var kindOfPhrase = Classify(phrase);
        // "Reports said" and "reports said", "A ministry spokesperson" and "a ministry spokesperson" are one party:
        // a nameless source starting with a common word is written as mid-sentence.
        if (kindOfPhrase == SourceKind.Unnamed && char.IsUpper(phrase[0])
            && (Lexicon.NotNames.Contains(words[0]) || Lexicon.SourceNouns.Contains(words[0]) || Lexicon.SourceQualifiers.Contains(words[0])))
            phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
        return (phrase, kindOfPhrase);
    }

    /// <summary>Nouns that refer back to the latest source of a kind rather than to a name containing them.</summary>
    private static readonly Dictionary<string, SourceKind> KindOfReference = new(StringComparer.OrdinalIgnoreCase)
    {
        ["newspaper"] = SourceKind.Outlet, ["paper"] = SourceKind.Outlet, ["daily"] = SourceKind.Outlet, ["outlet"] = SourceKind.Outlet,
        ["broadcaster"] = SourceKind.Outlet, ["company"] = SourceKind.Organization, ["firm"] = SourceKind.Organization,
        ["group"] = SourceKind.Organization, ["carmaker"] = SourceKind.Organization, ["manufacturer"] = SourceKind.Organization,
    };

    private (string, SourceKind)? Latest(Func<(string Name, SourceKind Kind), bool> predicate)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
            if (predicate(_mentions[i]))
                return _mentions[i];
        return null;
    }

    /// <summary>Guesses what kind of source a name is from the words in it.</summary>
    public static SourceKind Classify(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToArray();
        // "Commerce ministry" is nameless; "Kingsferry Borough Council", capitalised throughout, is a name.
        if (words.Length == 0 || char.IsLower(words[0][0]) || Lexicon.SourceNouns.Contains(words[^1]) && !(words.Length > 1 && char.IsUpper(words[^1][0])))
            return SourceKind.Unnamed;
        if (words.Any(Lexicon.OutletWords.Contains))
            return SourceKind.Outlet;
        if (words.Any(Lexicon.OrganizationWords.Contains))
            return SourceKind.Organization;
        if (words.All(w => Lexicon.Countries.Contains(w) || w is "The" or "the"))
            return SourceKind.Country;
        return words.Length >= 2 ? SourceKind.Person : SourceKind.Organization;
    }
}
