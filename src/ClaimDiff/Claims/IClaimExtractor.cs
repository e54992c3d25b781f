using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>Finds the claims in an article's sentences and credits each to its source.</summary>
public interface IClaimExtractor
{
    /// <summary>Returns the claims made in <paramref name="sentences"/> of <paramref name="article"/>, in text order.</summary>
    /// <param name="article">The article, whose <see cref="Article.Id"/> is set.</param>
    /// <param name="sentences">The article's sentences.</param>
    /// <remarks>Claim ids returned here are provisional; the analysis renumbers them across the report.</remarks>
    IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Sentence> sentences);
}
