namespace ClaimDiff;

/// <summary>A bundle of stage replacements and option changes, applied to a builder by <see cref="ClaimDiffPipelineBuilder.Use"/>.</summary>
public interface IClaimDiffExtension
{
    /// <summary>Applies the extension to <paramref name="builder"/>.</summary>
    void Setup(ClaimDiffPipelineBuilder builder);
}
