using ClaimDiff.Text;
using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>Two claims that the comparison stage compares, as a conflict detector sees them.</summary>
/// <remarks>
/// Each pair is handed to one thread at a time; the built-in detectors read the claims' own text analyses, made once per
/// claim however many pairs it is in.
/// </remarks>
public sealed class ClaimPair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="first">The first claim.</param>
    /// <param name="second">The second claim.</param>
    /// <param name="similarity">How much wording the two share, as the TF-IDF cosine of their contents in [0, 1].</param>
    /// <param name="sameStatementSimilarity">The similarity from which the two restate one statement (<see cref="SameStatement"/>).</param>
    /// <exception cref="ArgumentNullException">A claim is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="similarity"/> or <paramref name="sameStatementSimilarity"/> is outside [0, 1].</exception>
    public ClaimPair(Claim first, Claim second, float similarity, double sameStatementSimilarity = ComparisonOptions.DefaultSameStatementSimilarity)
    {
        First = Guard.NotNull(first);
        Second = Guard.NotNull(second);
        Similarity = (float)Guard.InRange(similarity, 0, 1);
        SameStatement = similarity >= Guard.InRange(sameStatementSimilarity, 0, 1);
    }

    /// <summary>The first claim.</summary>
    public Claim First { get; }

    /// <summary>The second claim.</summary>
    public Claim Second { get; }

    /// <summary>How much wording the claims share: the TF-IDF cosine of their contents.</summary>
    public float Similarity { get; }

    /// <summary>
    /// Whether the claims restate one statement ("The deal was signed in Paris on Monday" / "… in Berlin on Monday"):
    /// their <see cref="Similarity"/> reaches <see cref="ComparisonOptions.SameStatementSimilarity"/>.
    /// </summary>
    public bool SameStatement { get; }

    internal TextAnalysis FirstAnalysis => First.Analysis;

    internal TextAnalysis SecondAnalysis => Second.Analysis;
}
