using ClaimDiff.Subjects;

namespace ClaimDiff.MiniLM;

/// <summary>
/// Groups claims by subject with <see cref="MiniLmEmbedder"/> instead of the lexical <see cref="TfidfEmbedder"/>, and sets
/// <see cref="SubjectOptions.SimilarityThreshold"/> to <see cref="SimilarityThreshold"/>, which suits MiniLM cosines.
/// </summary>
/// <remarks>
/// Thread-safe. Every pipeline built with this extension shares one embedder (<see cref="SharedEmbedder"/>), so the model
/// is loaded once per process, on the first analysis that groups claims.
/// </remarks>
public sealed class MiniLmExtension : IClaimDiffExtension
{
    /// <summary>
    /// The subject similarity threshold for MiniLM cosines: 0.525, the best adjusted Rand index on the Emergent train split (see
    /// docs/benchmarks.md, "Subjects with MiniLM").
    /// </summary>
    public const double SimilarityThreshold = 0.525;

    private static readonly Lazy<MiniLmEmbedder> Shared = new(() => new MiniLmEmbedder());

    /// <summary>The embedder that <see cref="MiniLmExtension"/> puts in pipelines; its model loads on first use and lives for the process.</summary>
    public static MiniLmEmbedder SharedEmbedder => Shared.Value;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public void Setup(ClaimDiffPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Replace<ITextEmbedder>(SharedEmbedder)
            .Configure(o => o.Subjects.SimilarityThreshold = SimilarityThreshold);
    }
}

/// <summary>Adds MiniLM sentence embeddings to a <see cref="ClaimDiffPipelineBuilder"/>.</summary>
public static class MiniLmPipelineBuilderExtensions
{
    /// <summary>
    /// Groups claims by subject with the bundled MiniLM sentence model: replaces the embedder with
    /// <see cref="MiniLmExtension.SharedEmbedder"/> and sets the subject similarity threshold to
    /// <see cref="MiniLmExtension.SimilarityThreshold"/>. A later <c>Configure</c> may change the threshold again.
    /// </summary>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static ClaimDiffPipelineBuilder UseMiniLM(this ClaimDiffPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new MiniLmExtension());
    }
}
