namespace ClaimDiff;

/// <summary>The base type of every exception that ClaimDiff throws for a reason other than argument misuse.</summary>
public class ClaimDiffException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public ClaimDiffException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ClaimDiffException(string message, Exception? innerException) : base(message, innerException) { }
}

/// <summary>Thrown when an article cannot be read: the path (if any), the character or byte offset (if known) and the reason.</summary>
public sealed class ArticleFormatException : ClaimDiffException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file the article came from, or <see langword="null"/> for in-memory input.</param>
    /// <param name="offset">The offset in the input where the problem was found, or <see langword="null"/> when unknown.</param>
    /// <param name="reason">What was wrong, in a form fit to show a user.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ArticleFormatException(string? path, long? offset, string reason, Exception? innerException = null)
        : base(Describe(path, offset, reason), innerException)
    {
        Path = path;
        Offset = offset;
        Reason = reason;
    }

    /// <summary>The file the article came from, or <see langword="null"/> for in-memory input.</summary>
    public string? Path { get; }

    /// <summary>The offset in the input where the problem was found, or <see langword="null"/> when unknown.</summary>
    public long? Offset { get; }

    /// <summary>What was wrong.</summary>
    public string Reason { get; }

    private static string Describe(string? path, long? offset, string reason)
    {
        var where = path ?? "<input>";
        return offset is { } o ? $"{where} (offset {o}): {reason}" : $"{where}: {reason}";
    }
}

/// <summary>Thrown when a relation model cannot be loaded (missing resource, corrupt zip, incompatible schema).</summary>
public sealed class ModelLoadException : ClaimDiffException
{
    /// <summary>Creates the exception.</summary>
    public ModelLoadException(string message, Exception? innerException = null) : base(message, innerException) { }
}
