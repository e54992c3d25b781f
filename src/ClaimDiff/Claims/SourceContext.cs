namespace ClaimDiff.Claims;

/// <summary>
/// What an article has named so far, so that "the ministry", "she" or "the newspaper" can be resolved to the named
/// source they refer back to.
/// </summary>
internal sealed class SourceContext
{
    /// <summary>How many sentences back a pronoun still refers to the source last credited ("…, it added.").</summary>
    private const int PronounReach = 2;

    private readonly List<(string Name, SourceKind Kind)> _mentions = [];
    private readonly List<(string Name, SourceKind Kind, int Sentence)> _credits = [];
    private int _sentences;

    /// <summary>Records the names a sentence mentions; called once per sentence, after its source is resolved.</summary>
    public void Observe(string sentence, List<Word> words)
    {
        _sentences++;
        foreach (var run in SourcePhrases.CapitalisedRuns(sentence, words))
            _mentions.Add((run, Classify(run)));
    }

    /// <summary>Whether a name mentioned so far has a word that <paramref name="noun"/> (as in "the service") refers back to.</summary>
    public bool HasNameWith(string noun) => Latest(m => m.Kind != SourceKind.Unnamed && NameHas(m.Name, noun)) is not null;

    /// <summary>Whether a word of <paramref name="name"/> is <paramref name="noun"/>, either in the singular or plural ("the unions", "Trust's").</summary>
    private static bool NameHas(string name, string noun)
    {
        var singular = Singular(noun);
        return singular.Length >= 3 && name.Split(' ').Any(w => Singular(PossessorOf(w) ?? w.TrimEnd('\'', '\u2019')).Equals(singular, StringComparison.OrdinalIgnoreCase));

        static string Singular(string word) => word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "y" : word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>Whether a noun refers back to the latest source of a kind ("the company", "the newspaper").</summary>
    public static bool RefersToKind(string noun) => KindOfReference.ContainsKey(noun);

    /// <summary>Records a source a claim of the latest observed sentence was credited to.</summary>
    public void Credit(string source, SourceKind kind)
    {
        if (kind != SourceKind.Publisher)
            _credits.Add((source, kind, _sentences));
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
            var person = head.ToLowerInvariant() is "he" or "she";
            // "…, it added." goes on with the organisation the story has just quoted, before any name mentioned since
            // (names of organisations are told from people's less surely than people's names are).
            if (!person && LatestCredit() is { } credited)
                return credited;
            var wanted = person ? [SourceKind.Person, SourceKind.Unnamed] : new[] { SourceKind.Organization, SourceKind.Country, SourceKind.Outlet };
            return Latest(m => wanted.Contains(m.Kind)) ?? (phrase, SourceKind.Unnamed);
        }
        // "The trust's data show …": a source's own document speaks for it.
        if (words.Length >= 2 && Lexicon.DocumentNouns.Contains(head) && PossessorOf(words[^2]) is { } possessor)
            return Resolve(string.Join(' ', words[..^2].Append(possessor)));
        // "Li" after "Li Wei, founder of …": a surname alone is the latest person named with it.
        if (words.Length == 1 && char.IsUpper(head[0])
            && Latest(m => m.Kind == SourceKind.Person && m.Name.Contains(' ') && m.Name.Split(' ')[^1] == head) is { } named)
            return named;
        if (words.Length is > 1 and <= 3 && words[0].ToLowerInvariant() is "the" or "this" or "that" && words.Skip(1).All(w => char.IsLower(w[0])))
        {
            // "the ministry" → the latest named source whose name contains "Ministry"; "the newspaper" → the latest outlet.
            var noun = head.TrimEnd('s');
            if ((Latest(m => m.Kind != SourceKind.Unnamed && NameHas(m.Name, head))
                ?? (KindOfReference.TryGetValue(noun, out var kind) ? Latest(m => m.Kind == kind) : null)) is { } referent)
                return referent;
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

    /// <summary>The source credited within <see cref="PronounReach"/> sentences that "it" or "they" can be: no person.</summary>
    private (string, SourceKind)? LatestCredit()
    {
        for (var i = _credits.Count - 1; i >= 0 && _credits[i].Sentence > _sentences - PronounReach; i--)
        {
            var (name, kind, _) = _credits[i];
            var isPerson = kind == SourceKind.Person || kind == SourceKind.Unnamed && PersonNouns.Contains(name.Split(' ')[^1]);
            if (!isPerson && !(kind == SourceKind.Unnamed && Lexicon.Pronouns.Contains(name)))
                return (name, kind);
        }
        return null;
    }

    /// <summary>"trust's" → "trust"; null for a word that is no possessive.</summary>
    internal static string? PossessorOf(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : null;

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
            .Select(w => PossessorOf(w) ?? w)
            .ToArray();
        // "Commerce ministry" is nameless; "Kingsferry Borough Council", capitalised throughout, is a name.
        // A name ends in a capitalised word: "The bureau" and "Brennick's lawyer" are descriptions.
        if (words.Length == 0 || char.IsLower(words[0][0]) || char.IsLower(words[^1][0]) || Lexicon.SourceNouns.Contains(words[^1]) && !(words.Length > 1 && char.IsUpper(words[^1][0])))
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
