using System.Text.RegularExpressions;
using ClaimDiff.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>
/// A rule-based claim extractor for English news: keeps the sentences that make factual statements, credits each to
/// the source it quotes or names by an ordered sieve ("according to X"; a frame closing the sentence, "…, the agency
/// said"; a verb of speech or cognition with its subject, "the bureau disclosed that…", "X declined to comment";
/// "…, said X"; a quotation running on from an attributed sentence), resolves "the ministry", "the service", "she" and
/// "it" to an earlier named source, and reads modality, polarity, quantities, dates and entities. Unattributed claims
/// belong to the publisher.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class ClaimExtractor : IClaimExtractor
{
    private readonly ClaimOptions _options;

    /// <summary>Creates an extractor with default options.</summary>
    public ClaimExtractor() : this(new ClaimOptions()) { }

    /// <summary>Creates an extractor.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ClaimExtractor(ClaimOptions options) => _options = Guard.NotNull(options).Clone();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Sentence> sentences)
    {
        Guard.NotNull(article);
        Guard.NotNull(sentences);
        // Without a publisher, unattributed claims belong to "the publisher of a2": distinct per article, so that two
        // unknown outlets are never taken for one source.
        var publisher = string.IsNullOrWhiteSpace(article.Publisher) ? $"the publisher of {article.Id ?? "the article"}" : article.Publisher!;
        var context = new SourceContext();
        var quotations = new QuoteContinuation();
        var claims = new List<Claim>();
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            // A sentence of more than 30 characters for each word allowed is passed over before it is split into words.
            if (sentence.Text.Length > 30 * _options.MaxWords)
            {
                previousEnd = sentence.End;
                continue;
            }
            var words = Words(sentence.Text);
            var wordCount = words.Count(w => w.IsWord);
            var startsParagraph = previousEnd == 0 || StartsParagraph(article.Text, previousEnd, sentence.Start);
            previousEnd = sentence.End;
            if (!IsCandidate(article, sentence.Text) || wordCount > _options.MaxWords)
            {
                quotations.Next(sentence.Text, startsParagraph, null);
                context.Observe(sentence.Text, words);
                continue;
            }
            // "the company" refers back to a name of an earlier sentence, not to one it qualifies ("… its Leeford bakery
            // open, the company said"), so the sentence's own names are recorded after its source is resolved.
            var own = Attribution.Find(sentence.Text, words, context);
            var attribution = quotations.Next(sentence.Text, startsParagraph, own) ?? own;
            context.Observe(sentence.Text, words);
            // A sentence shorter than the minimum is a claim only when it credits a source ("Brenlow denied responsibility.").
            if (attribution is null && (wordCount < _options.MinWords || !IsCheckWorthy(sentence.Text)))
                continue;
            // "The developer postponed the decision until 2027, blaming rising prices": the clause before the
            // participle is a claim of its own, the outlet's unless it credits a source itself ("X denied this, saying …").
            if (attribution is not null && MainClauseBefore(words, attribution) is { } comma)
            {
                var main = new Sentence(sentence.Start, sentence.Text[..comma]);
                var mainWords = Words(main.Text);
                if (Build(article, main, Attribution.Find(main.Text, mainWords, context), publisher, claims.Count + 1, isShort: false) is { } act)
                    claims.Add(act);
            }
            var claim = Build(article, sentence, attribution, publisher, claims.Count + 1, isShort: wordCount < _options.MinWords);
            if (claim is null)
                continue;
            claims.Add(claim);
            context.Credit(claim.Source, claim.SourceKind);
            if (claim.Cue is null)
                continue;
            foreach (var (start, end) in DescriptionClauses.Find(words, claim.ContentRange.Start - sentence.Start, claim.ContentRange.End - sentence.Start))
            {
                var description = new Sentence(sentence.Start + start, sentence.Text[start..end]);
                if (IsCheckWorthy(description.Text) && Build(article, description, null, publisher, claims.Count + 1, isShort: false) is { } described)
                    claims.Add(described);
            }
        }
        return claims;
    }

    /// <summary>
    /// Where the clause that a reporting participle follows ends ("…, blaming", "…, saying that"): the offset of its
    /// comma, or null when the frame is no participle or what precedes it is no statement (a source alone).
    /// </summary>
    private static int? MainClauseBefore(List<Word> words, Attribution attribution)
    {
        if (!attribution.Cue.EndsWith("ing", StringComparison.Ordinal))
            return null;
        var cue = words.FindIndex(w => w.Start < attribution.ContentStart + 1 && w.Text.Equals(attribution.Cue.Split(' ')[0], StringComparison.OrdinalIgnoreCase));
        if (cue <= 0 || words[cue - 1].Text != "," || words.Take(cue - 1).Count(w => w.IsWord) < 5)
            return null;
        // A clause has a verb: "Several outlets, including The Wall Street Journal" is the participle's subject alone.
        return words.Take(cue - 1).Any(IsVerb) ? words[cue - 1].Start : null;

        static bool IsVerb(Word w) => w.IsWord && !w.IsCapitalised && !w.Text.EndsWith("ing", StringComparison.Ordinal)
            && w.Text is not ("like" or "as") && WordNetLexicon.Default.Reading(w.Text, PartOfSpeech.Verb).Category >= 0;
    }

    /// <summary>Whether a line break lies between the end of one sentence and the start of the next.</summary>
    private static bool StartsParagraph(string text, int previousEnd, int start)
        => start > previousEnd && start <= text.Length && text.AsSpan(previousEnd, start - previousEnd).Contains('\n');

    private bool IsCandidate(Article article, string text)
    {
        if (!_options.IncludeQuestions && text.TrimEnd().EndsWith('?'))
            return false;
        if (BoilerplatePhrase.IsMatch(text) || BoilerplateLine().IsMatch(text) || EmbeddedPostSignature().IsMatch(text))
            return false;
        // A repeated headline or a "Headline | Site" line is not a claim of its own.
        if (article.Title is { } title && string.Equals(text.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
            return false;
        return !text.Contains(" | ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether an unattributed sentence passes the check-worthiness model, if one is set. Structure outweighs the model:
    /// a sentence stating a quantity or mentioning a time (a date, a year, a weekday, "next month") is kept whatever its score.
    /// </summary>
    private bool IsCheckWorthy(string text)
    {
        if (_options.CheckWorthiness is not { } model)
            return true;
        if (Quantities.Find(text).Count > 0 || Dates.Mentions(text))
            return true;
        return model.Score(text) >= _options.CheckWorthinessThreshold;
    }

    /// <summary>
    /// The claim of a sentence, or of a clause given as a sentence; null when too little is left to claim. A sentence
    /// shorter than the minimum (<paramref name="isShort"/>) is a claim only with its source.
    /// </summary>
    private static Claim? Build(Article article, Sentence sentence, Attribution? attribution, string publisher, int number, bool isShort)
    {
        var text = sentence.Text;
        var (contentStart, contentEnd) = attribution is { } a ? (a.ContentStart, a.ContentEnd) : (0, text.Length);
        (contentStart, contentEnd) = TrimContent(text, contentStart, contentEnd);
        if (attribution is not null && contentEnd - contentStart < 8)
        {
            if (isShort)
                return null;
            // The frame left nothing to claim ("…, it was announced."): the sentence stands as the publisher's own.
            attribution = null;
            (contentStart, contentEnd) = TrimContent(text, 0, text.Length);
        }
        if (contentEnd - contentStart < 8)
            return null;
        var content = text[contentStart..contentEnd];
        var contentWords = Words(content);
        return new Claim
        {
            Id = "c" + number,
            ArticleId = article.Id ?? string.Empty,
            Text = text,
            Content = content,
            Source = attribution?.Source ?? publisher,
            SourceKind = attribution?.Kind ?? SourceKind.Publisher,
            Cue = attribution?.Cue,
            Modality = ModalityOf(attribution, contentWords),
            Polarity = contentWords.Any(w => Lexicon.Negations.Contains(w.Text) || w.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase)) ? Polarity.Negative : Polarity.Positive,
            Start = sentence.Start,
            End = sentence.End,
            ContentRange = new TextRange(sentence.Start + contentStart, sentence.Start + contentEnd),
            Quantities = Quantities.Find(content),
            // The date a statement was made ("said on Tuesday") matters as much as the dates inside it.
            Dates = Dates.Find(text, article.Published),
            Entities = Entities(content, contentWords),
        };
    }

    private static Modality ModalityOf(Attribution? attribution, List<Word> content)
    {
        if (attribution?.Cue is { } cue && Lexicon.DenialCues.Contains(cue))
            return Modality.Denied;
        // "May" written in capitals inside a sentence is the month ("inspected in May").
        if (MainClause(content).Where((w, i) => Lexicon.Hedges.Contains(w.Text) && !(i > 0 && w.Text == "May")).Any() || (attribution?.Cue is { } c && Lexicon.Hedges.Contains(c)))
            return Modality.Hedged;
        if (MainClause(content).Any(w => Lexicon.Predictions.Contains(w.Text)) || (attribution?.Cue is { } p && Lexicon.Predictions.Contains(p)))
            return Modality.Predicted;
        return attribution is null ? Modality.Asserted : Modality.Reported;
    }

    /// <summary>The words outside relative clauses: "end-uses that could enhance…" does not hedge the claim it sits in.</summary>
    private static IEnumerable<Word> MainClause(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Text is "that" or "which" or "who" && i > 0 && words[i - 1].IsWord)
                i += 2;
            else
                yield return words[i];
        }
    }

    private static (int Start, int End) TrimContent(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ':' or ',' or '"' or '\u201C' or '\u201D'))
            start++;
        if (end - start > 5 && text.AsSpan(start).StartsWith("that ", StringComparison.OrdinalIgnoreCase))
            start += 5;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '!'))
            end--;
        return (start, end);
    }

    private static List<string> Entities(string content, List<Word> words)
    {
        var entities = new List<string>();
        foreach (var run in SourcePhrases.CapitalisedRuns(content, words))
        {
            if (!entities.Contains(run, StringComparer.Ordinal))
                entities.Add(run);
        }
        return entities;
    }

    /// <summary>
    /// Splits text into words (letters, digits, inner apostrophes, hyphens and dots, thousands separators, and the
    /// apostrophe of a plural possessive inside a name: "Residents' Federation") and single punctuation marks.
    /// </summary>
    internal static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            // "Mr.", "Corp.", "Jan." and "U.S." keep their full stop: it is part of the word, not the end of a sentence.
            if (m.Value == "." && words.Count > 0 && words[^1].End == m.Index && IsAbbreviation(words[^1].Text))
                words[^1] = new Word(words[^1].Start, words[^1].Text + ".");
            else
                words.Add(new Word(m.Index, m.Value));
        }
        return words;
    }

    private static bool IsAbbreviation(string word)
        => SentenceSegmenter.Abbreviations.Contains(word) || word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:(?:['\u2019.\-]|(?<=\d),(?=\d{3}(?!\d)))[\p{L}\p{N}]+)*(?:(?<=s)['\u2019](?=\s+\p{Lu}))?|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly Regex BoilerplatePhrase = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', Lexicon.Boilerplate.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A line that is a page's own: "Advertisement" alone, "Copyright 2014 …", "© …".</summary>
    [GeneratedRegex(@"^\s*(?:advertisement\s*(?:$|\n)|(?:copyright\s*)?(?:\u00A9|\(c\)\s*\d{4})|copyright\s+\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateLine();

    /// <summary>The signature line of an embedded social-media post: "— Name (@handle) November 7, 2014".</summary>
    [GeneratedRegex(@"\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedPostSignature();
}

/// <summary>A word or punctuation mark of a sentence, with its offset in the sentence.</summary>
internal readonly record struct Word(int Start, string Text)
{
    public int End => Start + Text.Length;

    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);
}
