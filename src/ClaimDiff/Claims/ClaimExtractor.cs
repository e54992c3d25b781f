using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>Rule-based claim extractor (being written).</summary>
public sealed class ClaimExtractor(ClaimOptions options) : IClaimExtractor
{
    private readonly ClaimOptions _options = options;

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Sentence> sentences) => [];
}
