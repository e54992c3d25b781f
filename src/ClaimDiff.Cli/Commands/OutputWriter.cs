using System.Text;

namespace ClaimDiff.Cli.Commands;

/// <summary>Bad usage found while a command runs: reported as one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Where a command writes its result: standard output, or the <c>--out</c> file, written under a temporary name beside
/// it and moved into place by <see cref="Commit"/>, so that a failed or cancelled run leaves no half-written file and
/// an existing file is replaced only by a complete one. A symbolic link at the target is replaced, not followed.
/// </summary>
internal sealed class OutputWriter : StreamWriter
{
    private readonly string? _temporary;
    private readonly string? _target;
    private bool _committed;

    internal OutputWriter(Stream stream, string? temporary, string? target) : base(stream, new UTF8Encoding(false))
    {
        (_temporary, _target) = (temporary, target);
        NewLine = "\n";
        AutoFlush = false;
    }

    public static OutputWriter Create(FileInfo file, IEnumerable<string> inputs)
    {
        var target = file.FullName;
        if (Directory.Exists(target))
            throw new UsageException($"--out: {file} is a folder");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new UsageException($"--out: the folder {folder} does not exist");
        var resolved = Resolve(target);
        foreach (var input in inputs)
            if (input != "-" && File.Exists(input) && string.Equals(Resolve(Path.GetFullPath(input)), resolved, StringComparison.Ordinal))
                throw new UsageException($"--out: {file} is also an input; write the result elsewhere");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            return new OutputWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write), temporary, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out: cannot write in {folder}: {e.Message}");
        }
    }

    /// <summary>Finishes the output: flushes it and, for a file, moves it into place.</summary>
    /// <exception cref="IOException">The output could not be written or moved.</exception>
    public void Commit()
    {
        Flush();
        _committed = true;
        if (_temporary is null)
            return;
        base.Dispose(true);
        File.Move(_temporary, _target!, overwrite: true);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_committed && _temporary is not null)
            File.Delete(_temporary);
    }

    /// <summary>The file a path finally names, following links (the path itself when it names nothing yet).</summary>
    private static string Resolve(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
