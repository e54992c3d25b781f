using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff;

/// <summary>All options of an analysis, one class per stage. Copied when a pipeline is built, so later changes do not affect it.</summary>
public sealed class ClaimDiffOptions
{
    /// <summary>Options for reading articles.</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    /// <summary>Options for finding claims.</summary>
    public ClaimOptions Claims { get; init; } = new();

    /// <summary>Options for grouping claims by subject.</summary>
    public SubjectOptions Subjects { get; init; } = new();

    /// <summary>Options for comparing claims.</summary>
    public ComparisonOptions Comparison { get; init; } = new();

    /// <summary>
    /// When <see langword="true"/>, an article that cannot be read or analysed throws instead of being recorded in the
    /// report with its error. Default: <see langword="false"/>.
    /// </summary>
    public bool StrictMode { get; set; }

    internal ClaimDiffOptions Clone() => new()
    {
        Extraction = Extraction.Clone(),
        Claims = Claims.Clone(),
        Subjects = Subjects.Clone(),
        Comparison = Comparison.Clone(),
        StrictMode = StrictMode,
    };
}

/// <summary>Options for reading articles.</summary>
public sealed class ExtractionOptions
{
    /// <summary>The default of <see cref="MaxInputBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    private long _maxInputBytes = DefaultMaxInputBytes;

    /// <summary>The largest input file read, in bytes (after decompression); larger inputs are reported as errors. Default: <see cref="DefaultMaxInputBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        set => _maxInputBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be positive.");
    }

    /// <summary>The default of <see cref="FetchTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultFetchTimeout = TimeSpan.FromSeconds(30);

    private TimeSpan _fetchTimeout = DefaultFetchTimeout;

    /// <summary>
    /// How long fetching one URL may take, from the request to the last byte; a slower page is reported as an error.
    /// Default: <see cref="DefaultFetchTimeout"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan FetchTimeout
    {
        get => _fetchTimeout;
        set => _fetchTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The time limit must be positive.");
    }

    internal ExtractionOptions Clone() => (ExtractionOptions)MemberwiseClone();
}

/// <summary>Options for finding claims.</summary>
public sealed class ClaimOptions
{
    /// <summary>The default of <see cref="MinWords"/>: 5.</summary>
    public const int DefaultMinWords = 5;

    private int _minWords = DefaultMinWords;

    /// <summary>Sentences with fewer words are not claims. Default: <see cref="DefaultMinWords"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 100.</exception>
    public int MinWords
    {
        get => _minWords;
        set => _minWords = Guard.InRange(value, 1, 100);
    }

    /// <summary>The default of <see cref="MaxWords"/>: 250.</summary>
    public const int DefaultMaxWords = 250;

    private int _maxWords = DefaultMaxWords;

    /// <summary>
    /// Sentences with more words are not claims: text that runs this long without a sentence end is a table, a list or
    /// data, not a statement, and reading it as one costs memory in proportion. Default: <see cref="DefaultMaxWords"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 10 or above 100,000.</exception>
    public int MaxWords
    {
        get => _maxWords;
        set => _maxWords = Guard.InRange(value, 10, 100_000);
    }

    /// <summary>Whether questions are kept as claims. Default: <see langword="false"/>.</summary>
    public bool IncludeQuestions { get; set; }

    /// <summary>The default of <see cref="CheckWorthinessThreshold"/>: 0.5.</summary>
    public const double DefaultCheckWorthinessThreshold = 0.5;

    private double _checkWorthinessThreshold = DefaultCheckWorthinessThreshold;

    /// <summary>
    /// A trained check-worthiness model, or <see langword="null"/> for the rules alone. With a model, a sentence that names
    /// no source and states no quantity or date is kept only when the model scores it at least
    /// <see cref="CheckWorthinessThreshold"/>; attributed sentences and sentences with a number or date are always kept.
    /// ClaimDiff ships no model: see <see cref="CheckWorthinessCatalog.Train"/>. Default: <see langword="null"/>.
    /// </summary>
    public CheckWorthinessModel? CheckWorthiness { get; set; }

    /// <summary>
    /// The smallest <see cref="CheckWorthinessModel.Score"/> at which an unattributed sentence without quantities or dates
    /// stays a claim; used only when <see cref="CheckWorthiness"/> is set. Default: <see cref="DefaultCheckWorthinessThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double CheckWorthinessThreshold
    {
        get => _checkWorthinessThreshold;
        set => _checkWorthinessThreshold = Guard.InRange(value, 0, 1);
    }

    internal ClaimOptions Clone() => (ClaimOptions)MemberwiseClone();
}

/// <summary>Options for grouping claims by subject.</summary>
public sealed class SubjectOptions
{
    /// <summary>The default of <see cref="SimilarityThreshold"/>: 0.2.</summary>
    public const double DefaultSimilarityThreshold = 0.2;

    private double _similarityThreshold = DefaultSimilarityThreshold;

    /// <summary>
    /// The average cosine similarity above which two groups of claims are merged into one subject. Lower values make
    /// fewer, broader subjects. Default: <see cref="DefaultSimilarityThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1].</exception>
    public double SimilarityThreshold
    {
        get => _similarityThreshold;
        set => _similarityThreshold = Guard.InRange(value, double.Epsilon, 1);
    }

    /// <summary>The default of <see cref="FactThreshold"/>: 0.5.</summary>
    public const double DefaultFactThreshold = 0.5;

    /// <summary>The default of <see cref="FactNeighbours"/>: 10.</summary>
    public const int DefaultFactNeighbours = 10;

    private double _factThreshold = DefaultFactThreshold;
    private int _factNeighbours = DefaultFactNeighbours;

    /// <summary>
    /// For <see cref="FactSubjectGrouper"/>: the mean same-fact probability above which two groups of claims are one
    /// fact. Default: <see cref="DefaultFactThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1].</exception>
    public double FactThreshold
    {
        get => _factThreshold;
        set => _factThreshold = Guard.InRange(value, double.Epsilon, 1);
    }

    /// <summary>
    /// For <see cref="FactSubjectGrouper"/>: how many nearest claims of other articles each claim has read with it by the
    /// relation model. More finds facts told in fewer shared words, at a cost linear in it. Default:
    /// <see cref="DefaultFactNeighbours"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int FactNeighbours
    {
        get => _factNeighbours;
        set => _factNeighbours = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one neighbour is needed.");
    }

    /// <summary>The default of <see cref="EventThreshold"/>: 0.15, chosen on the written stories (24 stories, 75 articles: the one value that neither splits a story nor joins two).</summary>
    public const double DefaultEventThreshold = 0.15;

    private double _eventThreshold = DefaultEventThreshold;

    /// <summary>
    /// For <see cref="FactSubjectGrouper"/>: articles are first grouped into events, by average linkage over the TF-IDF
    /// cosine of their claims taken together, merging while the mean stays at or above this; claims of articles in
    /// different events are never read as one fact. 0 puts every article in one event. Default:
    /// <see cref="DefaultEventThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double EventThreshold
    {
        get => _eventThreshold;
        set => _eventThreshold = Guard.InRange(value, 0, 1);
    }

    internal SubjectOptions Clone() => (SubjectOptions)MemberwiseClone();
}

/// <summary>Options for comparing claims.</summary>
public sealed class ComparisonOptions
{
    /// <summary>The default of <see cref="DiscrepancyThreshold"/>: 0.5.</summary>
    public const double DefaultDiscrepancyThreshold = 0.5;

    /// <summary>The default of <see cref="GeneralDiscrepancyThreshold"/>: 0.9.</summary>
    public const double DefaultGeneralDiscrepancyThreshold = 0.9;

    /// <summary>
    /// The default of <see cref="AgreementThreshold"/>: 0.45, chosen on Emergent's unseen rumours
    /// (<c>claimdiff evaluate reports</c>) between 0.35 (more recall) and 0.5 (more precision); current figures in
    /// docs/benchmarks.md.
    /// </summary>
    public const double DefaultAgreementThreshold = 0.45;

    /// <summary>
    /// The default of <see cref="MinimumClaimSimilarity"/>: 0.1, the most that keeps the motivating scope conflict (a
    /// ministry's "specifically aimed at Japanese military companies" against a newspaper's "broadly restricting exports
    /// of rare earths … to Japanese firms", cosine between 0.1 and 0.15).
    /// </summary>
    public const double DefaultMinimumClaimSimilarity = 0.1;

    /// <summary>
    /// The default of <see cref="PinpointedThreshold"/>: 0.3. A sentence repeated with "not" added reads to the model as
    /// a near restatement, so pinpointed evidence is believed well below an even verdict; docs/comparison-defaults.md
    /// gives the measurements behind the value.
    /// </summary>
    public const double DefaultPinpointedThreshold = 0.3;

    /// <summary>The default of <see cref="SameStatementSimilarity"/>: 0.5.</summary>
    public const double DefaultSameStatementSimilarity = 0.5;

    /// <summary>The default of <see cref="CorroborationSimilarity"/>: 0.25.</summary>
    public const double DefaultCorroborationSimilarity = 0.25;

    /// <summary>The default of <see cref="RestatementSimilarity"/>: 0.5.</summary>
    public const double DefaultRestatementSimilarity = 0.5;

    /// <summary>The default of <see cref="MinimumAgreementToReverse"/>: 0.1.</summary>
    public const double DefaultMinimumAgreementToReverse = 0.1;

    private double _minimumClaimSimilarity = DefaultMinimumClaimSimilarity;
    private double _pinpointedThreshold = DefaultPinpointedThreshold;
    private double _sameStatementSimilarity = DefaultSameStatementSimilarity;
    private double _corroborationSimilarity = DefaultCorroborationSimilarity;
    private double _restatementSimilarity = DefaultRestatementSimilarity;
    private double _minimumAgreementToReverse = DefaultMinimumAgreementToReverse;

    /// <summary>
    /// The TF-IDF cosine from which two claims restate one statement ("The deal was signed in Paris on Monday" / "… in
    /// Berlin on Monday"): only then does the classifier's verdict without pinpointed evidence (a different name, a
    /// conflict it learnt) make a discrepancy, and pinpointed evidence need no contradiction probability
    /// (<see cref="PinpointedThreshold"/>); figures, dates and scope words of such claims are about one thing with less
    /// shared context (<see cref="Comparison.Conflicts.ClaimPair.SameStatement"/>). Default:
    /// <see cref="DefaultSameStatementSimilarity"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double SameStatementSimilarity
    {
        get => _sameStatementSimilarity;
        set => _sameStatementSimilarity = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The TF-IDF cosine two claims need to be listed as corroborating each other: a restatement shares wording. Claims
    /// of one subject that say different things ("the decision followed remarks on Taiwan" / "about 60% of rare earth
    /// imports come from China") are otherwise listed as agreeing. The two must also share a word other than a name.
    /// Not used with <see cref="ModelVerdicts"/>. Default: <see cref="DefaultCorroborationSimilarity"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double CorroborationSimilarity
    {
        get => _corroborationSimilarity;
        set => _corroborationSimilarity = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The TF-IDF cosine from which two claims that the classifier calls neutral or agreeing, with no typed evidence and
    /// two shared words other than names, are listed as agreeing whatever the agreement probability: outlets restate a
    /// fact with a detail added ("Two employees were treated in hospital for smoke inhalation and have since been
    /// released" / "Two staff members were taken to hospital with smoke inhalation; both were discharged on Thursday"),
    /// which NLI-trained models call neutral. Not used with <see cref="ModelVerdicts"/>. Default:
    /// <see cref="DefaultRestatementSimilarity"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double RestatementSimilarity
    {
        get => _restatementSimilarity;
        set => _restatementSimilarity = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The agreement probability one way below which a pair is not classified the other way: such pairs almost never
    /// agree the other way, and skipping them saves a classification per pair; 0 classifies every pair both ways. Not
    /// used with <see cref="ModelVerdicts"/>, which reads every pair both ways. Default:
    /// <see cref="DefaultMinimumAgreementToReverse"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double MinimumAgreementToReverse
    {
        get => _minimumAgreementToReverse;
        set => _minimumAgreementToReverse = Guard.InRange(value, 0, 1);
    }
    private double _discrepancyThreshold = DefaultDiscrepancyThreshold;
    private double _agreementThreshold = DefaultAgreementThreshold;
    private double _generalDiscrepancyThreshold = DefaultGeneralDiscrepancyThreshold;

    /// <summary>
    /// The smallest contradiction probability reported when the pair shows no typed conflict (scope, number, date,
    /// negation, …) at all: a verdict without evidence must be surer, and is believed only between claims that restate
    /// one statement (TF-IDF cosine at least 0.5, with a word in common besides names: "No answer from Austrian Times" /
    /// "After the Austrian Times published the story" share only the name), or only conflicts that cannot be placed (a denial of the other report
    /// as a whole). A pair with a typed conflict set aside as being about different things ("no idea" / "ideas don't
    /// die") is not reported however sure the verdict.
    /// Default: <see cref="DefaultGeneralDiscrepancyThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double GeneralDiscrepancyThreshold
    {
        get => _generalDiscrepancyThreshold;
        set => _generalDiscrepancyThreshold = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The smallest contradiction probability at which the classifier's own verdict (label contradiction) is reported as a
    /// discrepancy. A conflict that typed evidence pinpoints (a figure, a date, a negation … that passed every check) is
    /// reported from <see cref="PinpointedThreshold"/> whatever the label, and at any probability between claims that restate one
    /// statement: a sentence repeated with "not" added reads to the model as a restatement. Each discrepancy's
    /// <see cref="Comparison.Discrepancy.Confidence"/> is the probability, for callers that want a stricter cut. Default:
    /// <see cref="DefaultDiscrepancyThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double DiscrepancyThreshold
    {
        get => _discrepancyThreshold;
        set => _discrepancyThreshold = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The smallest contradiction probability at which a pair whose typed evidence is pinpointed
    /// (<see cref="Comparison.Conflicts.EvidenceStrength.Pinpointed"/>) is reported when the classifier's label is another.
    /// Claims that restate one statement (TF-IDF cosine at least 0.5) need no such probability, except for a denial: a
    /// restated denial is mostly a quotation of the report it denies. Default: <see cref="DefaultPinpointedThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double PinpointedThreshold
    {
        get => _pinpointedThreshold;
        set => _pinpointedThreshold = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// The smallest agreement probability reported as an agreement: the classifier's agreement probability averaged over
    /// both orders of the two claims, since neither is the one being checked. Claims must also share wording (TF-IDF
    /// cosine at least 0.25) to be listed as corroborating. Default: <see cref="DefaultAgreementThreshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double AgreementThreshold
    {
        get => _agreementThreshold;
        set => _agreementThreshold = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// How much wording (TF-IDF cosine of the package's IDF table) two claims of one subject must share to be compared
    /// at all: claims that share little are about different events of the story, and neither contradict nor corroborate
    /// each other. Default: <see cref="DefaultMinimumClaimSimilarity"/>; 0 compares every cross-source pair.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double MinimumClaimSimilarity
    {
        get => _minimumClaimSimilarity;
        set => _minimumClaimSimilarity = Guard.InRange(value, 0, 1);
    }

    /// <summary>
    /// Whether discrepancies and agreements come from the relation model's reading alone, with no word-overlap gate and
    /// no rule veto: a pair of one subject from different sources (or one source in different articles) is a
    /// discrepancy when its contradiction probability, the higher of the two orders, reaches
    /// <see cref="DiscrepancyThreshold"/>, and two sources agree when the agreement probability averaged over both
    /// orders reaches <see cref="AgreementThreshold"/>. Typed evidence (figures, dates, negations …) only explains a
    /// discrepancy. Meant for a model that reads both claims together (<see cref="CrossEncoderRelationClassifier"/>) and
    /// for subjects that are facts (<see cref="ClaimDiffPipelineBuilder.UseFacts"/> turns it on); the lexical model
    /// needs the gates. Default: <see langword="false"/>.
    /// </summary>
    public bool ModelVerdicts { get; set; }

    internal ComparisonOptions Clone() => (ComparisonOptions)MemberwiseClone();
}
