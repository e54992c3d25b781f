namespace ClaimDiff.Subjects;

/// <summary>A sparse, L2-normalised vector of a text. Dense embeddings use every index.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class TextVector
{
    private readonly int[] _indices;
    private readonly float[] _values;

    /// <summary>Creates a vector from (index, weight) pairs; duplicate indices are summed, then the vector is L2-normalised.</summary>
    public TextVector(IEnumerable<KeyValuePair<int, float>> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var merged = new SortedDictionary<int, float>();
        foreach (var (index, weight) in weights)
            merged[index] = merged.GetValueOrDefault(index) + weight;
        _indices = [.. merged.Keys];
        _values = [.. merged.Values];
        var norm = MathF.Sqrt(_values.Sum(v => v * v));
        if (norm > 0)
            for (var i = 0; i < _values.Length; i++) _values[i] /= norm;
    }

    /// <summary>The indices with a non-zero weight, ascending.</summary>
    public ReadOnlySpan<int> Indices => _indices;

    /// <summary>The weights, in the order of <see cref="Indices"/>.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>True when the vector has no non-zero weight (a text with no informative token).</summary>
    public bool IsEmpty => _indices.Length == 0;

    /// <summary>The cosine similarity with <paramref name="other"/>, in [-1, 1]; 0 when either is empty.</summary>
    public float Cosine(TextVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        float dot = 0;
        int i = 0, j = 0;
        while (i < _indices.Length && j < other._indices.Length)
        {
            var a = _indices[i];
            var b = other._indices[j];
            if (a == b) dot += _values[i++] * other._values[j++];
            else if (a < b) i++;
            else j++;
        }
        return dot;
    }
}
