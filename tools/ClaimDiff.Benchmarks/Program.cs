using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ClaimDiff;
using ClaimDiff.Claims;
using ClaimDiff.Notebook;

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);

/// <summary>
/// Each stage of the default pipeline, and the whole analysis, on the sample's built-in example articles repeated
/// <see cref="Copies"/> times under their own ids (so that grouping and comparison see many articles of one story).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ClaimDiffPipeline _pipeline = null!;
    private IReadOnlyList<Article> _articles = null!;
    private IReadOnlyList<Claim> _claims = null!;

    /// <summary>How many copies of the example articles are analysed together.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ClaimDiffer.Default;
        var examples = ExampleArticles.Load();
        _articles = [.. Enumerable.Range(0, Copies).SelectMany(copy => examples.Select((a, i) => a.With(id: $"a{copy}-{i}")))];
        _claims = [.. _articles.SelectMany(_pipeline.ExtractClaims)];
    }

    [Benchmark]
    public int Segment() => _articles.Sum(a => _pipeline.Segmenter.Segment(a.Text).Count);

    [Benchmark]
    public int ExtractClaims() => _articles.Sum(a => _pipeline.ExtractClaims(a).Count);

    [Benchmark]
    public int GroupSubjects() => _pipeline.SubjectGrouper.Group(_claims).Count;

    [Benchmark]
    public int Analyze() => ClaimDiffer.AnalyzeAsync(_articles, _pipeline).GetAwaiter().GetResult().Discrepancies.Count;
}

/// <summary>The whole analysis with fact subjects (the cross-encoder reads candidate pairs), on the example articles.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FactBenchmarks
{
    private ClaimDiffPipeline _pipeline = null!;
    private IReadOnlyList<Article> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ClaimDiffPipelineBuilder().UseFacts().Build();
        _articles = ExampleArticles.Load();
    }

    [Benchmark]
    public int AnalyzeWithFacts() => ClaimDiffer.AnalyzeAsync(_articles, _pipeline).GetAwaiter().GetResult().Discrepancies.Count;
}
