using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;
using ClaimDiff.Text;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace ClaimDiff.Comparison;

/// <summary>
/// The learned relation model: a MiniLM-L6 cross-encoder that reads both texts together (<c>[CLS] a [SEP] b [SEP]</c>)
/// and gives the probability of each <see cref="RelationLabel"/> and, for a contradiction, its
/// <see cref="DiscrepancyType"/>. Fine-tuned from all-MiniLM-L6-v2 by <c>tools/train-relation-model</c> and shipped
/// inside the package as int8 ONNX (docs/model-card.md); it runs with ONNX Runtime, nothing is downloaded.
/// </summary>
/// <remarks>
/// <para>
/// A second text of more than one sentence (an article body) is not truncated: the claim is scored against each of the
/// <see cref="ArticleSentences"/> sentences that share the most informative words with it, and the scores are
/// averaged; the type and the evidence come from the most contradicting of those sentences.
/// </para>
/// <para>
/// <see cref="Relation.Evidence"/> holds the typed conflicts that the lexical finder sees in the pair (the spans a
/// reader is shown), those of the model's type first; a contradiction the model finds without lexical evidence has
/// none, and its type comes from the model alone.
/// </para>
/// <para>
/// Thread-safe and deterministic: one ONNX Runtime session serves every thread. Pairs given together to
/// <see cref="ClassifyAll"/> are batched (<see cref="BatchSize"/>), which is much faster than one at a time. Dispose
/// to free the session (not <see cref="Default"/>, which lives for the process).
/// </para>
/// </remarks>
public sealed class CrossEncoderRelationClassifier : IRelationClassifier, IDisposable
{
    /// <summary>The default of <see cref="MaxTokens"/>: 128 word pieces per pair, special tokens included.</summary>
    public const int DefaultMaxTokens = 128;

    /// <summary>The default of <see cref="BatchSize"/>: 32 pairs per model run.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>
    /// The sentences of a longer second text that are scored against the claim: those that share the most informative
    /// words with it. Chosen on FNC-1 validation bodies against scoring every sentence (docs/model-card.md).
    /// </summary>
    public const int ArticleSentences = 3;

    private const string ModelResource = "ClaimDiff.Resources.cross-encoder.onnx";
    private const string VocabularyResource = "ClaimDiff.Resources.cross-encoder-vocab.txt";

    /// <summary>The model's contradiction types, in the order of its type head.</summary>
    internal static readonly DiscrepancyType[] TypeHead =
    [
        DiscrepancyType.Numeric, DiscrepancyType.DateTime, DiscrepancyType.Negation, DiscrepancyType.Denial,
        DiscrepancyType.Scope, DiscrepancyType.Antonym, DiscrepancyType.Entity, DiscrepancyType.Attribution,
        DiscrepancyType.Modality,
    ];

    private static readonly Lazy<CrossEncoderRelationClassifier> DefaultModel = new(LoadDefault);

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerGate;
    private readonly ISentenceSegmenter _segmenter;
    private readonly int _cls, _sep;
    private volatile bool _disposed;

    /// <summary>The classifier whose session this one shares (<see cref="WithSegmenter"/>), or null when it owns its own.</summary>
    private readonly CrossEncoderRelationClassifier? _sessionOwner;

    /// <summary>Loads a model exported by <c>tools/train-relation-model/export.py</c>.</summary>
    /// <param name="model">The ONNX model (inputs <c>input_ids</c>, <c>attention_mask</c>, <c>token_type_ids</c>; outputs <c>relation_probs</c>, <c>type_probs</c>).</param>
    /// <param name="vocabulary">The WordPiece vocabulary the model was trained with, one piece per line.</param>
    /// <param name="maxTokens">Word pieces per pair, special tokens included (the longer side is trimmed first); 16 to 512.</param>
    /// <param name="batchSize">Pairs per model run; 1 to 1024.</param>
    /// <param name="sessionOptions">ONNX Runtime options (threads, execution provider); <see langword="null"/> for <see cref="DefaultSessionOptions"/>.</param>
    /// <param name="segmenter">Splits a second text into sentences; <see langword="null"/> for <see cref="SentenceSegmenter"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="vocabulary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTokens"/> or <paramref name="batchSize"/> is out of range.</exception>
    /// <exception cref="ModelLoadException">The model or the vocabulary cannot be read, or the model lacks the expected inputs and outputs.</exception>
    public CrossEncoderRelationClassifier(Stream model, Stream vocabulary, int maxTokens = DefaultMaxTokens, int batchSize = DefaultBatchSize,
        SessionOptions? sessionOptions = null, ISentenceSegmenter? segmenter = null)
    {
        Guard.NotNull(model);
        Guard.NotNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxTokens, 512);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, 1024);
        MaxTokens = maxTokens;
        BatchSize = batchSize;
        _segmenter = segmenter ?? new SentenceSegmenter();
        _tokenizerGate = new Lock();
        try
        {
            _tokenizer = new BertTokenizer();
            using (var reader = new StreamReader(vocabulary, leaveOpen: true))
                _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
            var empty = Encode("");
            (_cls, _sep) = (empty[0], empty[^1]);
            using var buffer = new MemoryStream();
            model.CopyTo(buffer);
            if (sessionOptions is null)
            {
                using var defaults = DefaultSessionOptions();
                _session = new InferenceSession(buffer.ToArray(), defaults);
            }
            else
                _session = new InferenceSession(buffer.ToArray(), sessionOptions);
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or InvalidOperationException or IOException or ArgumentException or FormatException)
        {
            throw new ModelLoadException($"The cross-encoder relation model could not be loaded: {e.Message}", e);
        }
        string[] inputs = ["input_ids", "attention_mask", "token_type_ids"], outputs = ["relation_probs", "type_probs"];
        var missing = inputs.Where(n => !_session.InputMetadata.ContainsKey(n)).Concat(outputs.Where(n => !_session.OutputMetadata.ContainsKey(n))).ToList();
        if (missing.Count > 0)
        {
            _session.Dispose();
            throw new ModelLoadException($"The cross-encoder relation model lacks {string.Join(", ", missing)} (expected inputs {string.Join(", ", inputs)} and outputs {string.Join(", ", outputs)}).");
        }
    }

    private CrossEncoderRelationClassifier(CrossEncoderRelationClassifier other, ISentenceSegmenter segmenter)
    {
        (_session, _tokenizer, _tokenizerGate, _cls, _sep) = (other._session, other._tokenizer, other._tokenizerGate, other._cls, other._sep);
        (MaxTokens, BatchSize) = (other.MaxTokens, other.BatchSize);
        _segmenter = segmenter;
        _sessionOwner = other._sessionOwner ?? other;
    }

    /// <summary>
    /// A classifier that shares this one's model session and splits a longer second text into sentences with
    /// <paramref name="segmenter"/>. Disposing it does nothing; it works until this classifier is disposed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is <see langword="null"/>.</exception>
    public IRelationClassifier WithSegmenter(ISentenceSegmenter segmenter) => new CrossEncoderRelationClassifier(this, Guard.NotNull(segmenter));

    /// <summary>
    /// The session options used when none are given: all graph fusions except the rewriting of int8 weights into integer
    /// matrix products (which quantizes activations too and moves scores by about 2e-3), so that the scores are those
    /// the weights give in PyTorch.
    /// </summary>
    public static SessionOptions DefaultSessionOptions()
    {
        var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED };
        options.AddSessionConfigEntry("session.disable_quant_qdq", "1");
        return options;
    }

    /// <summary>
    /// Session options that let ONNX Runtime compute the int8 weights' products in integers, quantizing the activations
    /// on the fly: faster on CPUs with integer dot-product instructions, with scores that move by up to a few
    /// thousandths (docs/benchmarks.md has both speeds). Give them to the constructor or to <see cref="Load(Stream, SessionOptions?)"/>.
    /// </summary>
    public static SessionOptions IntegerSessionOptions()
        => new() { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED };

    /// <summary>The model that ships inside the package, loaded on first use and shared by the process.</summary>
    /// <exception cref="ModelLoadException">The embedded model cannot be loaded (for example, no ONNX Runtime native library for this platform).</exception>
    public static CrossEncoderRelationClassifier Default => DefaultModel.Value;

    /// <summary>Word pieces per pair, special tokens included.</summary>
    public int MaxTokens { get; }

    /// <summary>Pairs per model run.</summary>
    public int BatchSize { get; }

    /// <summary>
    /// The types of the built-in conflict detectors: a pair whose contradiction probability is 0.3 or more carries the
    /// evidence they find; a pair less likely to conflict carries none.
    /// </summary>
    public IReadOnlySet<DiscrepancyType> EvidenceTypes => BuiltInDetectors.Types;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The classifier has been disposed.</exception>
    public Relation Classify(string first, string second) => ClassifyAll([(Guard.NotNull(first), Guard.NotNull(second))])[0];

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or one of its texts is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The classifier has been disposed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<Relation> ClassifyAll(IReadOnlyList<(string First, string Second)> pairs, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(pairs);
        ObjectDisposedException.ThrowIf(_disposed || _sessionOwner is { _disposed: true }, this);
        var units = new List<Unit>();
        var firstIds = new IReadOnlyList<int>[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            var (first, second) = pairs[p];
            if (first is null || second is null)
                throw new ArgumentNullException(nameof(pairs), $"Pair {p} has a null text.");
            firstIds[p] = Ids(first);
            var sentences = _segmenter.Segment(second);
            if (sentences.Count <= 1)
                units.Add(new Unit(p, 0, second, Ids(second)));
            else
                foreach (var s in MostShared(first, sentences))
                    units.Add(new Unit(p, s.Start, s.Text, Ids(s.Text)));
        }
        var scores = Score(units, firstIds, cancellationToken);

        var relations = new Relation[pairs.Count];
        var byPair = units.Select((u, i) => (u, i)).GroupBy(x => x.u.Pair).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList());
        for (var p = 0; p < pairs.Count; p++)
            relations[p] = Aggregate(pairs[p].First, byPair[p], units, scores);
        return relations;
    }

    /// <summary>Scores pairs of token ids in length-sorted batches; returns relation (4) then type (9) probabilities per unit.</summary>
    private float[][] Score(List<Unit> units, IReadOnlyList<int>[] firstIds, CancellationToken cancellationToken)
    {
        var encoded = new (int[] Ids, int[] Types)[units.Count];
        for (var i = 0; i < units.Count; i++)
            encoded[i] = EncodePair(firstIds[units[i].Pair], units[i].Ids);
        var order = Enumerable.Range(0, units.Count).OrderBy(i => encoded[i].Ids.Length).ToArray();
        var results = new float[units.Count][];
        var relationWidth = RelationLabels.All.Count;
        foreach (var batch in order.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ObjectDisposedException.ThrowIf(_disposed || _sessionOwner is { _disposed: true }, this);
            var width = batch.Max(i => encoded[i].Ids.Length);
            var ids = new long[batch.Length * width];
            var mask = new long[batch.Length * width];
            var types = new long[batch.Length * width];
            for (var row = 0; row < batch.Length; row++)
            {
                var (pieceIds, typeIds) = encoded[batch[row]];
                for (var k = 0; k < pieceIds.Length; k++)
                {
                    ids[row * width + k] = pieceIds[k];
                    types[row * width + k] = typeIds[k];
                    mask[row * width + k] = 1;
                }
            }
            long[] shape = [batch.Length, width];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["relation_probs", "type_probs"]);
            var relation = outputs[0].GetTensorDataAsSpan<float>();
            var type = outputs[1].GetTensorDataAsSpan<float>();
            for (var row = 0; row < batch.Length; row++)
                results[batch[row]] = [.. relation.Slice(row * relationWidth, relationWidth), .. type.Slice(row * TypeHead.Length, TypeHead.Length)];
        }
        return results;
    }

    /// <summary><c>[CLS] a [SEP] b [SEP]</c> with token types 0 then 1, the longer side trimmed one piece at a time until the pair fits.</summary>
    internal (int[] Ids, int[] Types) EncodePair(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        int a = first.Count, b = second.Count;
        while (a + b > MaxTokens - 3)
        {
            if (a > b) a--;
            else b--;
        }
        var ids = new int[a + b + 3];
        var types = new int[ids.Length];
        ids[0] = _cls;
        for (var k = 0; k < a; k++) ids[1 + k] = first[k];
        ids[a + 1] = _sep;
        for (var k = 0; k < b; k++) ids[a + 2 + k] = second[k];
        ids[^1] = _sep;
        for (var k = a + 2; k < ids.Length; k++) types[k] = 1;
        return (ids, types);
    }

    /// <summary>The word-piece ids of a text, without special tokens (BERT's uncased basic tokenisation, then WordPiece).</summary>
    internal IReadOnlyList<int> Ids(string text) => Encode(text)[1..^1];

    /// <summary><c>[CLS]</c>, the word-piece ids of a text, <c>[SEP]</c>.</summary>
    private int[] Encode(string text)
    {
        // The tokenizer reuses its buffers between calls, so calls are serialised and the ids copied out.
        lock (_tokenizerGate)
        {
            var span = _tokenizer.Encode(text, MaxPieces).InputIds.Span;
            var result = new int[span.Length];
            for (var k = 0; k < span.Length; k++) result[k] = (int)span[k];
            return result;
        }
    }

    /// <summary>The most word pieces read of one text, special tokens included (the model's positions).</summary>
    private const int MaxPieces = 512;

    /// <summary>
    /// The <see cref="ArticleSentences"/> sentences of a longer text that share the most informative words with the
    /// claim (the earlier first among equals), in text order.
    /// </summary>
    private static IEnumerable<Sentence> MostShared(string claim, IReadOnlyList<Sentence> sentences)
    {
        var words = Words(claim);
        return sentences.Select((s, i) => (Sentence: s, Index: i, Shared: Words(s.Text).Count(words.Contains)))
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Index).Take(ArticleSentences)
            .OrderBy(x => x.Index).Select(x => x.Sentence);

        static HashSet<string> Words(string text)
            => Tokenizer.Tokenize(text).Select(t => t.Term).Where(Tokenizer.IsInformative).ToHashSet(StringComparer.Ordinal);
    }

    private static Relation Aggregate(string first, List<int> unitIndices, List<Unit> units, float[][] scores)
    {
        var labels = RelationLabels.All;
        var p = new float[labels.Count];
        var top = unitIndices[0];
        foreach (var i in unitIndices)
        {
            for (var k = 0; k < labels.Count; k++)
                p[k] += scores[i][k] / unitIndices.Count;
            if (scores[i][(int)RelationLabel.Contradiction] > scores[top][(int)RelationLabel.Contradiction]) top = i;
        }
        var label = ArgMax(p);
        var type = TypeHead[ArgMax(scores[top].AsSpan(labels.Count))];
        var evidence = (RelationLabel)label == RelationLabel.Contradiction || p[(int)RelationLabel.Contradiction] >= EvidenceThreshold
            ? Evidence(first, units[top], type)
            : [];
        return new Relation
        {
            Label = (RelationLabel)label,
            Confidence = p[label],
            Scores = labels.ToDictionary(l => l, l => p[(int)l]),
            Type = (RelationLabel)label == RelationLabel.Contradiction ? type : null,
            Evidence = evidence,
        };
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
            if (values[k] > values[best]) best = k;
        return best;
    }

    /// <summary>The contradiction score from which a pair judged otherwise still gets its lexical evidence.</summary>
    private const float EvidenceThreshold = 0.3f;

    private static List<ConflictEvidence> Evidence(string first, Unit unit, DiscrepancyType type)
    {
        var found = ConflictFinder.Find(TextAnalysis.Of(first), unit.Offset == 0 ? TextAnalysis.Of(unit.Text) : TextAnalysis.Create(unit.Text, unit.Offset));
        return [.. found.Where(e => e.Type == type), .. found.Where(e => e.Type != type)];
    }

    /// <summary>Frees the ONNX Runtime session. Does nothing to <see cref="Default"/>.</summary>
    public void Dispose()
    {
        if (DefaultModel.IsValueCreated && ReferenceEquals(this, DefaultModel.Value) || _disposed || _sessionOwner is not null)
            return;
        _disposed = true;
        _session.Dispose();
    }

    /// <summary>
    /// Loads another model trained from the same MiniLM weights (an export of <c>tools/train-relation-model</c>), with
    /// the vocabulary that ships inside the package.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The model cannot be loaded or lacks the expected inputs and outputs.</exception>
    /// <param name="model">The ONNX model.</param>
    /// <param name="sessionOptions">ONNX Runtime options; <see langword="null"/> for <see cref="DefaultSessionOptions"/>.</param>
    public static CrossEncoderRelationClassifier Load(Stream model, SessionOptions? sessionOptions = null)
    {
        Guard.NotNull(model);
        using var vocabulary = Resource(VocabularyResource);
        return new CrossEncoderRelationClassifier(model, vocabulary, sessionOptions: sessionOptions);
    }

    /// <summary>
    /// Loads the model that ships inside the package as a new instance, with its own session options (for example
    /// <see cref="IntegerSessionOptions"/>); dispose it when done.
    /// </summary>
    /// <exception cref="ModelLoadException">The embedded model cannot be loaded.</exception>
    public static CrossEncoderRelationClassifier LoadEmbedded(SessionOptions? sessionOptions = null)
    {
        using var model = Resource(ModelResource);
        return Load(model, sessionOptions);
    }

    private static CrossEncoderRelationClassifier LoadDefault() => LoadEmbedded();

    private static Stream Resource(string name)
    {
        var assembly = typeof(CrossEncoderRelationClassifier).Assembly;
        return assembly.GetManifestResourceStream(name) ?? throw new ModelLoadException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
    }

    /// <summary>One scored text pair: the first text of pair <see cref="Pair"/> against the second text or one of its sentences.</summary>
    private sealed record Unit(int Pair, int Offset, string Text, IReadOnlyList<int> Ids);
}
