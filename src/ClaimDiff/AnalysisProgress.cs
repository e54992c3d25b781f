namespace ClaimDiff;

/// <summary>The stage an analysis is in.</summary>
public enum AnalysisStage
{
    /// <summary>Finding the claims of each article.</summary>
    Claims,
    /// <summary>Grouping claims by subject.</summary>
    Subjects,
    /// <summary>Comparing claims within subjects.</summary>
    Comparison,
    /// <summary>The analysis is complete.</summary>
    Done,
}

/// <summary>How far an analysis has got.</summary>
/// <param name="Stage">The current stage.</param>
/// <param name="Completed">Units of the stage done (articles, or subjects compared).</param>
/// <param name="Total">Units of the stage in all.</param>
public readonly record struct AnalysisProgress(AnalysisStage Stage, int Completed, int Total);
