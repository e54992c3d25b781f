using System.Diagnostics;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary>Passes texts to another embedder and adds up the time it takes, so a command can report embedding apart from grouping.</summary>
internal sealed class TimedEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private long _ticks;
    private int _texts;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public int Texts => Volatile.Read(ref _texts);

    public DocumentFrequencies? TermWeights => inner.TermWeights;

    public IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts)
    {
        var start = Stopwatch.GetTimestamp();
        var vectors = inner.Embed(texts);
        Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
        Interlocked.Add(ref _texts, texts.Count);
        return vectors;
    }
}
