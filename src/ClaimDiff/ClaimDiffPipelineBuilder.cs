using ClaimDiff.Articles;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Internal;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff;

/// <summary>
/// Configures the stages and options of an analysis and builds an immutable <see cref="ClaimDiffPipeline"/>.
/// </summary>
/// <remarks>
/// The builder is mutable and not thread-safe; the pipeline it builds is. Stages not replaced get the defaults:
/// <see cref="ArticleReader"/>, <see cref="SentenceSegmenter"/>, <see cref="ClaimExtractor"/>, <see cref="TfidfEmbedder"/>,
/// <see cref="SubjectGrouper"/>, <see cref="RelationClassifier.Default"/> and <see cref="SubjectComparer"/> over <see cref="ConflictDetectors"/>.
/// </remarks>
public sealed class ClaimDiffPipelineBuilder
{
    private readonly Dictionary<Type, object> _stages = [];
    private readonly List<IClaimDiffExtension> _extensions = [];
    private readonly Dictionary<string, IReportWriter> _reportWriters = new(StringComparer.OrdinalIgnoreCase);
    private bool _facts;

    /// <summary>The options the pipeline will be built with; <see cref="Build"/> takes a copy.</summary>
    public ClaimDiffOptions Options { get; } = new();

    /// <summary>
    /// The conflict detectors the default comparison stage (<see cref="SubjectComparer"/>) runs and weighs evidence with,
    /// in the order their evidence is listed; the built-in ones to begin with
    /// (<see cref="ConflictDetectorCollection.CreateDefault"/>). Insert, remove or reorder them here; <see cref="Build"/>
    /// takes a copy. A comparer set with <see cref="Replace{TStage}"/> does not see them.
    /// </summary>
    public ConflictDetectorCollection ConflictDetectors { get; } = ConflictDetectorCollection.CreateDefault();

    /// <summary>The stage interfaces that <see cref="Replace{TStage}"/> accepts.</summary>
    public static IReadOnlyList<Type> StageTypes { get; } =
    [
        typeof(IArticleReader), typeof(ISentenceSegmenter), typeof(IClaimExtractor),
        typeof(ITextEmbedder), typeof(ISubjectGrouper), typeof(IRelationClassifier), typeof(IClaimComparer),
    ];

    /// <summary>Changes options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    public ClaimDiffPipelineBuilder Configure(Action<ClaimDiffOptions> configure)
    {
        Guard.NotNull(configure)(Options);
        return this;
    }

    /// <summary>Replaces one stage with <paramref name="stage"/>; <typeparamref name="TStage"/> is one of <see cref="StageTypes"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TStage"/> is not a stage interface.</exception>
    public ClaimDiffPipelineBuilder Replace<TStage>(TStage stage) where TStage : class
    {
        if (!StageTypes.Contains(typeof(TStage)))
            throw new ArgumentException($"{typeof(TStage).Name} is not a pipeline stage; expected one of {string.Join(", ", StageTypes.Select(t => t.Name))}.", nameof(TStage));
        _stages[typeof(TStage)] = Guard.NotNull(stage);
        return this;
    }

    /// <summary>Adds (or replaces, by <see cref="IReportWriter.Format"/>) a report writer.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public ClaimDiffPipelineBuilder AddReportWriter(IReportWriter writer)
    {
        Guard.NotNull(writer);
        _reportWriters[writer.Format] = writer;
        return this;
    }

    /// <summary>
    /// Adds a conflict detector after the others, or puts it in the place of the detector of the same
    /// <see cref="IConflictDetector.Type"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="detector"/> is <see langword="null"/>.</exception>
    public ClaimDiffPipelineBuilder UseConflictDetector(IConflictDetector detector)
    {
        Guard.NotNull(detector);
        var index = ConflictDetectors.IndexOf(ConflictDetectors.Find(detector.Type)!);
        if (index >= 0)
            ConflictDetectors[index] = detector;
        else
            ConflictDetectors.Add(detector);
        return this;
    }

    /// <summary>Adds a new <typeparamref name="TDetector"/> as <see cref="UseConflictDetector(IConflictDetector)"/> does.</summary>
    public ClaimDiffPipelineBuilder UseConflictDetector<TDetector>() where TDetector : IConflictDetector, new()
        => UseConflictDetector(new TDetector());

    /// <summary>Applies an extension now; adding the same extension instance twice applies it once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is <see langword="null"/>.</exception>
    public ClaimDiffPipelineBuilder Use(IClaimDiffExtension extension)
    {
        Guard.NotNull(extension);
        if (!_extensions.Contains(extension))
        {
            _extensions.Add(extension);
            extension.Setup(this);
        }
        return this;
    }

    /// <summary>
    /// Makes subjects facts and discrepancies the model's reading: the relation model becomes <paramref name="model"/>
    /// (<see cref="CrossEncoderRelationClassifier.Default"/> when <see langword="null"/> and none was set with
    /// <see cref="Replace{TStage}"/>), subjects are grouped by <see cref="FactSubjectGrouper"/> over that model (unless a
    /// grouper was set), and <see cref="ComparisonOptions.ModelVerdicts"/> is turned on.
    /// </summary>
    /// <exception cref="ModelLoadException">The cross-encoder cannot be loaded (when it is needed).</exception>
    public ClaimDiffPipelineBuilder UseFacts(IRelationClassifier? model = null)
    {
        if (model is not null || !_stages.ContainsKey(typeof(IRelationClassifier)))
            _stages[typeof(IRelationClassifier)] = model ?? CrossEncoderRelationClassifier.Default;
        _facts = true;
        Options.Comparison.ModelVerdicts = true;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline from the current stages and a copy of the options.</summary>
    /// <exception cref="ModelLoadException">The default relation model cannot be loaded.</exception>
    public ClaimDiffPipeline Build()
    {
        var options = Options.Clone();
        var embedder = Stage<ITextEmbedder>(() => TfidfEmbedder.Default);
        var segmenter = Stage<ISentenceSegmenter>(() => new SentenceSegmenter());
        var relations = Stage<IRelationClassifier>(() => RelationClassifier.Default);
        // A segmenter set by the caller reaches the classifier too, which splits article bodies into sentences.
        if (_stages.ContainsKey(typeof(ISentenceSegmenter)))
            relations = relations.WithSegmenter(segmenter) ?? relations; // a mock that does not set it up gives null
        var writers = new Dictionary<string, IReportWriter>(StringComparer.OrdinalIgnoreCase);
        foreach (var writer in new IReportWriter[] { new JsonReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter() })
            writers[writer.Format] = writer;
        foreach (var (format, writer) in _reportWriters)
            writers[format] = writer;
        return new ClaimDiffPipeline(
            options,
            Stage<IArticleReader>(() => new ArticleReader(options.Extraction)),
            segmenter,
            Stage<IClaimExtractor>(() => new ClaimExtractor(options.Claims)),
            embedder,
            Stage<ISubjectGrouper>(() => _facts ? new FactSubjectGrouper(relations, options.Subjects) : new SubjectGrouper(embedder, options.Subjects)),
            relations,
            Stage<IClaimComparer>(() => new SubjectComparer(options.Comparison, ConflictDetectors)),
            writers);
    }

    private T Stage<T>(Func<T> create) where T : class
        => _stages.TryGetValue(typeof(T), out var stage) ? (T)stage : create();
}
