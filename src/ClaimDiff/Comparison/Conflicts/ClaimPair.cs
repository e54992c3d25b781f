using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>Two claims that the comparison stage compares, as a conflict detector sees them.</summary>
/// <remarks>
/// Each pair is handed to one thread at a time; the built-in detectors analyse each claim's text once per pair, on first
/// use, and share the analysis.
/// </remarks>
public sealed class ClaimPair
{
    private TextProfile? _first;
    private TextProfile? _second;

    /// <summary>Creates a pair.</summary>
    /// <param name="first">The first claim.</param>
    /// <param name="second">The second claim.</param>
    /// <param name="similarity">How much wording the two share, as the TF-IDF cosine of their contents in [0, 1].</param>
    /// <exception cref="ArgumentNullException">A claim is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="similarity"/> is outside [0, 1].</exception>
    public ClaimPair(Claim first, Claim second, float similarity)
    {
        First = Guard.NotNull(first);
        Second = Guard.NotNull(second);
        Similarity = (float)Guard.InRange(similarity, 0, 1);
    }

    /// <summary>The first claim.</summary>
    public Claim First { get; }

    /// <summary>The second claim.</summary>
    public Claim Second { get; }

    /// <summary>How much wording the claims share: the TF-IDF cosine of their contents.</summary>
    public float Similarity { get; }

    /// <summary>The same pair the other way round.</summary>
    public ClaimPair Reversed() => new(Second, First, Similarity) { _first = _second, _second = _first };

    internal TextProfile FirstProfile => _first ??= TextProfile.Create(First.Content, 0, TfidfEmbedder.Default);

    internal TextProfile SecondProfile => _second ??= TextProfile.Create(Second.Content, 0, TfidfEmbedder.Default);
}
