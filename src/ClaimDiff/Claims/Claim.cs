using ClaimDiff.Text;
namespace ClaimDiff.Claims;

/// <summary>How firmly a claim is put.</summary>
public enum Modality
{
    /// <summary>Stated as fact by the article itself.</summary>
    Asserted,
    /// <summary>Credited to a source ("the ministry said", "according to").</summary>
    Reported,
    /// <summary>Hedged ("may", "reportedly", "suggests").</summary>
    Hedged,
    /// <summary>A denial ("denied", "rejected reports that").</summary>
    Denied,
    /// <summary>A prediction or plan ("will", "is expected to", "plans to").</summary>
    Predicted,
}

/// <summary>Whether a claim affirms or negates its content.</summary>
public enum Polarity
{
    /// <summary>The content is affirmed.</summary>
    Positive,
    /// <summary>The content is negated ("not", "never", "no").</summary>
    Negative,
}

/// <summary>What kind of source a claim is credited to.</summary>
public enum SourceKind
{
    /// <summary>The outlet that published the article (an unattributed claim).</summary>
    Publisher,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A named organisation, ministry, company or government.</summary>
    Organization,
    /// <summary>A country or capital used for its government ("Beijing").</summary>
    Country,
    /// <summary>Another news outlet ("The Wall Street Journal reported").</summary>
    Outlet,
    /// <summary>An unnamed source ("reports", "sources", "analysts").</summary>
    Unnamed,
}

/// <summary>A span of article text, by offsets into the article.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset one past the last character.</param>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of characters in the range.</summary>
    public int Length => End - Start;
}

/// <summary>
/// A check-worthy statement made in an article, with the source it is credited to.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record Claim
{
    /// <summary>The claim id, unique within one report (<c>c1</c>, <c>c2</c>, … in article order).</summary>
    public required string Id { get; init; }

    /// <summary>The id of the article the claim comes from.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The whole sentence (or clause) that makes the claim, exactly as in the article text.</summary>
    public required string Text { get; init; }

    /// <summary>The claim's content without its attribution frame ("the ban targets only military users").</summary>
    public required string Content { get; init; }

    /// <summary>The one analysis of <see cref="Content"/> (tokens, cues, numbers, dates, names), shared by every stage that reads the claim.</summary>
    internal TextAnalysis Analysis => TextAnalysis.Of(Content);

    /// <summary>Who makes the claim: the quoted or credited source, or the publisher when none is credited.</summary>
    public required string Source { get; init; }

    /// <summary>What kind of source <see cref="Source"/> is.</summary>
    public SourceKind SourceKind { get; init; }

    /// <summary>The attribution cue ("stated", "according to", "reported"), or <see langword="null"/> when unattributed.</summary>
    public string? Cue { get; init; }

    /// <summary>How firmly the claim is put.</summary>
    public Modality Modality { get; init; }

    /// <summary>Whether the content is affirmed or negated.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>The offset of <see cref="Text"/> in the article text.</summary>
    public int Start { get; init; }

    /// <summary>The offset one past the end of <see cref="Text"/> in the article text.</summary>
    public int End { get; init; }

    /// <summary>Where <see cref="Content"/> lies in the article text.</summary>
    public TextRange ContentRange { get; init; }

    /// <summary>The quantities mentioned ("60%", "$1.2bn"), as written.</summary>
    public IReadOnlyList<string> Quantities { get; init; } = [];

    /// <summary>The dates mentioned, normalised to ISO 8601 where the date is complete, else as written.</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>The named entities mentioned (countries, organisations, people), as written.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"[{Source}{(Cue is null ? "" : " " + Cue)}] {Content}";
}
