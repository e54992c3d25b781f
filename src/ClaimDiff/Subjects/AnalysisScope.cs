using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff.Subjects;

/// <summary>
/// What a subject grouper may know of the one analysis it groups for (<see cref="ISubjectGrouper.ForAnalysis"/>): whether
/// the analysis grows, and how to read pairs of claims through the analysis's memory of the pairs it has read.
/// </summary>
public sealed class AnalysisScope
{
    private readonly IRelationClassifier _pipelineClassifier;
    private readonly IRelationClassifier _remembering;

    /// <summary>Creates a scope.</summary>
    /// <param name="pipelineClassifier">The pipeline's relation classifier.</param>
    /// <param name="remembering">Reads pairs as <paramref name="pipelineClassifier"/> does, remembering each pair's relation for the rest of the analysis.</param>
    /// <param name="growing">Whether articles are added to the analysis one after another (<see cref="AnalysisSession"/>), each addition regrouping every claim.</param>
    /// <exception cref="ArgumentNullException">A classifier is <see langword="null"/>.</exception>
    public AnalysisScope(IRelationClassifier pipelineClassifier, IRelationClassifier remembering, bool growing)
    {
        _pipelineClassifier = Guard.NotNull(pipelineClassifier);
        _remembering = Guard.NotNull(remembering);
        Growing = growing;
    }

    /// <summary>
    /// Whether articles are added to the analysis one after another, each addition regrouping every claim: a grouper
    /// may then remember what it computed for a text.
    /// </summary>
    public bool Growing { get; }

    /// <summary>
    /// The classifier to read pairs with in place of <paramref name="model"/>: the analysis's remembering reader when
    /// <paramref name="model"/> is the pipeline's relation classifier (so the comparison stage does not read those pairs
    /// again), else <paramref name="model"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public IRelationClassifier Reading(IRelationClassifier model)
        => ReferenceEquals(Guard.NotNull(model), _pipelineClassifier) ? _remembering : model;
}
