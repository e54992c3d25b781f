using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff.Text;

/// <summary>How a number is qualified: "43", "about 40", "at least 40", "up to 40".</summary>
internal enum NumberBound
{
    Exact,
    Approximate,
    AtLeast,
    AtMost,
}

/// <summary>
/// A number written in a text, outside a date, with what it counts (the informative word after it: "people", "inch";
/// empty when none follows), how it is qualified, and how precisely it is written (half a unit of its last digit:
/// 0.05 for "2.6", 0.5 for "43").
/// </summary>
internal readonly record struct NumberMention(int Token, double Value, bool IsPercent, string Unit, NumberBound Bound, double Rounding = 0)
{
    /// <summary>
    /// The values the mention allows: "about 40" is 36 to 44, "at least 40" is 40 and up, and a plain figure covers what
    /// rounds to it ("2.6%" allows 2.58%).
    /// </summary>
    public (double Low, double High) Range => Bound switch
    {
        NumberBound.Approximate => (Value * 0.9, Value * 1.1),
        NumberBound.AtLeast => (Value, double.PositiveInfinity),
        NumberBound.AtMost => (double.NegativeInfinity, Value),
        _ => (Value - Rounding, Value + Rounding),
    };

    /// <summary>Whether the two mentions count the same kind of thing, so that their values can be compared.</summary>
    public bool Measures(NumberMention other) => IsPercent == other.IsPercent && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

    /// <summary>
    /// How far apart two bounds of one direction may be and still be one report: "more than 50" and "more than 80"
    /// allow the same values, but each outlet gives the figure it has, so they conflict; "at least 40" and "at least 43"
    /// (a toll updated) do not.
    /// </summary>
    public const double SameBoundRatio = 1.25;

    /// <summary>
    /// Whether some value satisfies both mentions ("at least 40" and "43" do; "12" and "43" do not), and two bounds of
    /// one direction are within <see cref="SameBoundRatio"/> of each other.
    /// </summary>
    public bool Allows(NumberMention other)
    {
        if (Bound == other.Bound && Bound is NumberBound.AtLeast or NumberBound.AtMost && Value > 0 && other.Value > 0)
            return Math.Max(Value, other.Value) <= SameBoundRatio * Math.Min(Value, other.Value);
        var (x, y) = (Range, other.Range);
        var tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(Value), Math.Abs(other.Value)));
        return x.Low <= y.High + tolerance && y.Low <= x.High + tolerance;
    }
}

/// <summary>A date written in a text: a month with an optional day and year, or a year alone.</summary>
internal readonly record struct DateMention(int FirstToken, int LastToken, int Month, int Day, int Year);

/// <summary>
/// The one analysis of a text (a claim or one sentence of an article): tokens, terms, cue words, and on first use its
/// numbers, dates, capitalised names and TF-IDF vectors. A claim's text is analysed once (<see cref="Of"/>) and every
/// stage that reads it (grouping, comparison, conflict detectors, the lexical classifier) shares the analysis. Offsets
/// are relative to <see cref="Offset"/> in the caller's text so that evidence spans point into the original input.
/// </summary>
internal sealed class TextAnalysis
{
    private TextAnalysis(string text, int offset)
    {
        Text = text;
        Offset = offset;
    }

    private static readonly ConditionalWeakTable<string, Lazy<TextAnalysis>> Analyses = new();

    /// <summary>
    /// The analysis of <paramref name="text"/>, made on first use and kept as long as that string is (a claim's content
    /// is analysed once however many stages and pairs read it). Thread-safe.
    /// </summary>
    public static TextAnalysis Of(string text)
        => Analyses.GetValue(text, t => new Lazy<TextAnalysis>(() => Create(t, 0), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static readonly AsyncLocal<ConcurrentDictionary<string, int>?> Recorder = new();

    /// <summary>
    /// Counts the analyses made in this asynchronous flow (and the tasks it starts) until the result is disposed, by
    /// analysed string instance: a test's view of "no text is analysed twice".
    /// </summary>
    internal static IDisposable Record(out IReadOnlyDictionary<string, int> counts)
    {
        var recorded = new ConcurrentDictionary<string, int>(ReferenceEqualityComparer.Instance);
        var previous = Recorder.Value;
        Recorder.Value = recorded;
        counts = recorded;
        return new Restore(previous);
    }

    private sealed class Restore(ConcurrentDictionary<string, int>? previous) : IDisposable
    {
        public void Dispose() => Recorder.Value = previous;
    }

    /// <summary>The profiled text.</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> starts in the caller's input.</summary>
    public int Offset { get; }

    public Token[] Tokens { get; private set; } = [];

    /// <summary>The cue of each token (or <see cref="Cue.None"/>).</summary>
    public Cue[] Cues { get; private set; } = [];

    /// <summary>Informative terms (no stop words).</summary>
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Adjacent informative-term pairs.</summary>
    public HashSet<(string, string)> Bigrams { get; } = [];

    /// <summary>Every token's term, stop words included (for antonyms such as up/down).</summary>
    public HashSet<string> AllTerms { get; } = new(StringComparer.Ordinal);

    private sealed record WeightedVector(DocumentFrequencies Table, TextVector Vector);

    private WeightedVector? _vector;

    /// <summary>The text's TF-IDF vector under <paramref name="embedder"/>'s weights (kept for the last table asked for).</summary>
    public TextVector VectorFor(TfidfEmbedder embedder)
    {
        if (_vector is { } v && ReferenceEquals(v.Table, embedder.Frequencies)) return v.Vector;
        var vector = embedder.Embed(Tokens);
        _vector = new WeightedVector(embedder.Frequencies, vector);
        return vector;
    }

    /// <summary>Whether the text states <paramref name="value"/> anywhere outside dates, as an amount or not ("a cluster of six").</summary>
    public bool States(double value)
    {
        EnsureMentions();
        return _values.Contains(value);
    }

    /// <summary>The numbers outside dates (found on first use, as are <see cref="Dates"/> and <see cref="Names"/>).</summary>
    public List<NumberMention> Numbers
    {
        get
        {
            EnsureMentions();
            return _numbers;
        }
    }

    public List<DateMention> Dates
    {
        get
        {
            EnsureMentions();
            return _dates;
        }
    }

    /// <summary>Capitalised words that are not the first word of the text, by term → first token index.</summary>
    public Dictionary<string, int> Names
    {
        get
        {
            EnsureMentions();
            return _names;
        }
    }

    private readonly List<NumberMention> _numbers = [];
    private readonly HashSet<double> _values = [];
    private readonly List<DateMention> _dates = [];
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private volatile bool _mentionsFound;

    /// <summary>
    /// Finds numbers, dates and names once, on first use: most sentences of an article are only ranked by similarity and
    /// never compared in detail. Thread-safe, since a profiled article may be shared.
    /// </summary>
    private void EnsureMentions()
    {
        if (_mentionsFound) return;
        lock (_numbers)
        {
            if (_mentionsFound) return;
            FindDatesAndNumbers();
            FindNames();
            _mentionsFound = true;
        }
    }

    /// <summary>The informative words as written, lower-cased, possessives removed (for WordNet, which wants lemmas, not stems).</summary>
    public string[] ContentWords => _contentWords ??= FindContentWords();

    private string[]? _contentWords;

    public int CountOf(Cue cue)
    {
        var n = 0;
        foreach (var c in Cues)
            if (c == cue) n++;
        return n;
    }

    public int FirstOf(Cue cue) => Array.IndexOf(Cues, cue);

    /// <summary>The span of token <paramref name="index"/> in the caller's text.</summary>
    public Claims.TextRange Span(int index) => new(Offset + Tokens[index].Start, Offset + Tokens[index].End);

    public Claims.TextRange Span(int first, int last) => new(Offset + Tokens[first].Start, Offset + Tokens[last].End);

    public string Surface(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>A new analysis of <paramref name="text"/>, which starts at <paramref name="offset"/> in the caller's text (not kept: see <see cref="Of"/>).</summary>
    public static TextAnalysis Create(string text, int offset)
    {
        if (Recorder.Value is { } recorded)
            recorded.AddOrUpdate(text, 1, (_, n) => n + 1);
        var profile = new TextAnalysis(text, offset);
        var tokens = Tokenizer.Tokenize(text).ToArray();
        profile.Tokens = tokens;
        var cues = new Cue[tokens.Length];
        string? previous = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var term = tokens[i].Term;
            profile.AllTerms.Add(term);
            if (ConflictLexicon.IsNegation(term))
                cues[i] = IsInterjection(text, tokens, i) ? Cue.None : Cue.Negation;
            else if (ConflictLexicon.IsRefutation(term))
                cues[i] = Cue.Refutation;
            else if (ConflictLexicon.NarrowScope.Contains(term))
                cues[i] = Cue.Narrow;
            else if (ConflictLexicon.BroadScope.Contains(term))
                cues[i] = Cue.Broad;
            else if (ConflictLexicon.Hedges.Contains(term))
                cues[i] = Cue.Hedge;
            if (i > 0 && ConflictLexicon.Phrases.TryGetValue((tokens[i - 1].Term, term), out var phrase))
            {
                // The phrase cue wins over the single-word reading of its first word ("not true" is a refutation, not a bare negation).
                cues[i - 1] = phrase;
                cues[i] = Cue.None;
            }
            if (Tokenizer.IsInformative(term))
            {
                profile.Terms.Add(term);
                if (previous is not null)
                    profile.Bigrams.Add((previous, term));
                previous = term;
            }
        }
        profile.Cues = cues;
        return profile;
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is an answering "No," that opens a sentence whose own negation follows ("No,
    /// the tree has not been cut down"): it repeats that negation rather than cancelling it. A "No," with no negation
    /// after it ("Expansion ahead? No, says the commissioner") is the only negation and stays one.
    /// </summary>
    private static bool IsInterjection(string text, Token[] tokens, int index)
    {
        var token = tokens[index];
        if (token.Term != "no" || token.End >= text.Length || text[token.End] is not (',' or '!' or '.' or ';' or '\u2014')) return false;
        var opensSentence = index == 0 || text.AsSpan(tokens[index - 1].End, token.Start - tokens[index - 1].End).IndexOfAny(".?!:\"\u201c") >= 0;
        return opensSentence && tokens.Skip(index + 1).Any(t => ConflictLexicon.IsNegation(t.Term));
    }

    private void FindDatesAndNumbers()
    {
        var inDate = new bool[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            var month = MonthOf(i);
            if (month == 0) continue;
            int first = i, last = i, day = 0, year = 0;
            // "6 January 2026" or "January 6, 2026" or "January 2026".
            if (i > 0 && DayOf(i - 1) is > 0 and var d1 && Tokens[i].Start - Tokens[i - 1].End <= 4)
            {
                day = d1;
                first = i - 1;
            }
            else if (i + 1 < Tokens.Length && DayOf(i + 1) is > 0 and var d2 && Tokens[i + 1].Start - Tokens[i].End <= 2)
            {
                day = d2;
                last = i + 1;
            }
            if (last + 1 < Tokens.Length && YearOf(last + 1) is > 0 and var y && Tokens[last + 1].Start - Tokens[last].End <= 3)
            {
                year = y;
                last++;
            }
            // "may" alone is a modal verb far more often than a month.
            if (month == 5 && day == 0 && year == 0) continue;
            _dates.Add(new DateMention(first, last, month, day, year));
            for (var k = first; k <= last; k++) inDate[k] = true;
        }
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (inDate[i]) continue;
            if (NumberWord(i) is ({ } wordValue, var wordUnit))
            {
                // A number word counts only as an amount of something ("seven people", "nine per cent", "five-year"):
                // alone it is as often a part of something larger ("a cluster of six, followed by four").
                var perCent = wordUnit is null && IsPerCent(i + 1);
                var unit = perCent ? "%" : wordUnit ?? UnitAfter(i);
                _values.Add(wordValue);
                if (unit.Length > 0)
                    _numbers.Add(new NumberMention(i, wordValue, perCent, unit, BoundBefore(i), 0.5));
                continue;
            }
            if (!char.IsDigit(Tokens[i].Term[0]) || IsClockTime(i)) continue;
            var term = Tokens[i].Term;
            if (TimeOfDay(i) is { } minutes)
            {
                _numbers.Add(new NumberMention(i, minutes, false, ClockUnit, BoundBefore(i), 0.5));
                continue;
            }
            var percent = term.EndsWith('%');
            if (!double.TryParse(percent ? term[..^1] : term, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            if (!percent && IsPerCent(i + 1))
                percent = true;
            if (!percent && YearOf(i) > 0)
            {
                _dates.Add(new DateMention(i, i, 0, 0, (int)value));
                continue;
            }
            _values.Add(value);
            var number = percent && term.EndsWith('%') ? term[..^1] : term;
            var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
            _numbers.Add(new NumberMention(i, value, percent, percent ? "%" : UnitAfter(i), BoundBefore(i), 0.5 * Math.Pow(10, -decimals)));
        }
    }

    /// <summary>The unit of a time of day (<see cref="TimeOfDay"/>), whose value is minutes after midnight.</summary>
    public const string ClockUnit = "o'clock";

    /// <summary>"6.05am", "10.15 a.m.", "9 pm": minutes after midnight, or null when the number is no time of day.</summary>
    private double? TimeOfDay(int i)
    {
        if (i + 1 >= Tokens.Length || Tokens[i + 1].Start - Tokens[i].End > 1) return null;
        var next = Tokens[i + 1].Term;
        var pm = next switch
        {
            "am" => false,
            "pm" => true,
            "a" or "p" when i + 2 < Tokens.Length && Tokens[i + 2].Term == "m" && Tokens[i + 2].Start - Tokens[i + 1].End == 1 => next == "p",
            _ => (bool?)null,
        };
        var parts = Tokens[i].Term.Split('.');
        if (pm is null || parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour is < 1 or > 12)
            return null;
        var minute = 0;
        if (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute) || minute > 59))
            return null;
        return (hour % 12 + (pm.Value ? 12 : 0)) * 60 + minute;
    }

    /// <summary>
    /// A number written in words ("seven", "Fifty-two"), with its unit when it is joined to one by a hyphen ("five-year"
    /// → "year"); "one" is left out (as in "one of them", "no one").
    /// </summary>
    private (double? Value, string? Unit) NumberWord(int i)
    {
        var term = Tokens[i].Term;
        if (!char.IsLetter(term[0])) return (null, null);
        var parts = term.Split('-');
        if (!NumberWords.TryGetValue(parts[0], out var value) || value == 1 && parts.Length == 1) return (null, null);
        if (parts.Length == 1) return (value, null);
        if (parts.Length == 2 && value >= 20 && value % 10 == 0 && NumberWords.TryGetValue(parts[1], out var units) && units < 10)
            return (value + units, null);
        return parts.Length == 2 && !NumberWords.ContainsKey(parts[1]) ? (value, Tokenizer.Stem(parts[1])) : (null, null);
    }

    /// <summary>The <c>number-words</c> word list: "seven" → 7.</summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = WordLists.Entries("number-words")
        .ToDictionary(e => e.Entry, e => int.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>Whether a number is part of a clock time or a timestamp ("7:10 PM", "4.11.22"), not an amount.</summary>
    private bool IsClockTime(int i)
    {
        var (start, end) = (Tokens[i].Start, Tokens[i].End);
        return (start > 0 && Text[start - 1] == ':') || (end < Text.Length - 1 && Text[end] == ':' && char.IsDigit(Text[end + 1]));
    }

    /// <summary>The informative word right after a number ("40 people", "12-inch"), or empty.</summary>
    private string UnitAfter(int i)
    {
        if (i + 1 >= Tokens.Length || Tokens[i + 1].Start - Tokens[i].End > 2) return "";
        var term = Tokens[i + 1].Term;
        // A scale or pence written onto the number is the word it stands for: "£2.1bn" is "£2.1 billion", "410p" is
        // "410 pence"; "m" and "k" only after a currency sign ("€40m", but "a 40m drop").
        if (Tokens[i + 1].Start == Tokens[i].End && Abbreviations.TryGetValue(term, out var full)
            && (term is not ("m" or "k") || Tokens[i].Start > 0 && Text[Tokens[i].Start - 1] is '£' or '$' or '€' or '¥'))
            return full;
        // A rate counts what its first part names: "a 180,000 barrel-per-day plant" counts barrels ("a 3-year-old" is an age).
        var rate = Math.Max(term.IndexOf("-per-", StringComparison.Ordinal), term.IndexOf("-a-", StringComparison.Ordinal));
        if (rate > 1) term = Tokenizer.Tokenize(term[..rate]).FirstOrDefault().Term ?? term;
        return term.Length > 1 && !char.IsDigit(term[0]) && !Tokenizer.StopWords.Contains(term) ? term : "";
    }

    /// <summary>The terms of the words that scale a number ("thousand", "million", … of the <c>number-scales</c> word list).</summary>
    public static readonly IReadOnlySet<string> Scales = new HashSet<string>(
        WordLists.Entries("number-scales").Select(e => Tokenizer.Stem(e.Value)), StringComparer.Ordinal);

    /// <summary>Abbreviations written onto a number (the <c>number-scales</c> ones, and "p" for pence), with the term of the word each stands for.</summary>
    private static readonly Dictionary<string, string> Abbreviations = WordLists.Entries("number-scales").Where(e => e.Entry != e.Value)
        .Select(e => (e.Entry, Term: Tokenizer.Stem(e.Value))).Append((Entry: "p", Term: Tokenizer.Stem("pence")))
        .ToDictionary(e => e.Entry, e => e.Term, StringComparer.Ordinal);

    /// <summary>The <c>number-bounds</c> word list: the words before a number that qualify it, by phrase.</summary>
    public static readonly IReadOnlyDictionary<string, NumberBound> Bounds = WordLists.Entries("number-bounds").ToDictionary(
        e => e.Entry,
        e => e.Value switch
        {
            "approximate" => NumberBound.Approximate,
            "at-least" => NumberBound.AtLeast,
            "at-most" => NumberBound.AtMost,
            _ => throw new InvalidOperationException($"number-bounds: unknown bound '{e.Value}' of '{e.Entry}'."),
        },
        StringComparer.Ordinal);

    /// <summary>Whether the token at <paramref name="i"/> makes the number before it a percentage: "percent", "per cent", not "per share".</summary>
    private bool IsPerCent(int i)
        => i < Tokens.Length && (Tokens[i].Term == "percent" || Tokens[i].Term == "per" && i + 1 < Tokens.Length && Tokens[i + 1].Term == "cent");

    /// <summary>The qualifier (<see cref="Bounds"/>) in the two words before a number: "about", "nearly", "at least", "more than", "up to".</summary>
    private NumberBound BoundBefore(int i)
    {
        string Word(int k) => k >= 0 ? Text.Substring(Tokens[k].Start, Tokens[k].Length).ToLowerInvariant() : "";
        var (w1, w2) = (Word(i - 2), Word(i - 1));
        return Bounds.TryGetValue($"{w1} {w2}", out var two) ? two : Bounds.GetValueOrDefault(w2, NumberBound.Exact);
    }

    private string[] FindContentWords()
    {
        var words = new List<string>();
        for (var i = 0; i < Tokens.Length; i++)
        {
            var term = Tokens[i].Term;
            if (!Tokenizer.IsInformative(term) || !char.IsLetter(term[0])) continue;
            var word = Surface(i).ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
                word = word[..^2];
            words.Add(word);
        }
        return [.. words];
    }

    private void FindNames()
    {
        for (var i = 1; i < Tokens.Length; i++)
        {
            var c = Text[Tokens[i].Start];
            if (!char.IsUpper(c)) continue;
            // A word after a sentence end is capitalised for grammar, not because it is a name.
            var gap = Text.AsSpan(Tokens[i - 1].End, Tokens[i].Start - Tokens[i - 1].End);
            if (gap.ContainsAny('.', '!', '?') || gap.Contains('\n')) continue;
            var term = Tokens[i].Term;
            if (Tokenizer.StopWords.Contains(term) || MonthOf(i) > 0) continue;
            _names.TryAdd(term, i);
        }
    }

    private int MonthOf(int i)
    {
        var t = Tokens[i];
        if (t.Length < 3 || !char.IsUpper(Text[t.Start])) return 0;
        var word = Text.AsSpan(t.Start, t.Length);
        for (var m = 0; m < CalendarNames.MonthNames.Length; m++)
        {
            var name = CalendarNames.MonthNames[m];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || (word.Length == 3 && name.StartsWith(word.ToString(), StringComparison.OrdinalIgnoreCase)))
                return m + 1;
        }
        return 0;
    }

    private int DayOf(int i)
    {
        var word = Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
        // "6th", "21st" are tokenised as one word starting with a digit.
        var digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits])) digits++;
        if (digits is 0 or > 2) return 0;
        var rest = word[digits..];
        if (rest.Length > 0 && !(rest is "st" or "nd" or "rd" or "th")) return 0;
        var day = int.Parse(word[..digits], CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : 0;
    }

    private int YearOf(int i)
    {
        var term = Tokens[i].Term;
        return term.Length == 4 && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : 0;
    }
}
