using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate session PATH...</c>: a newsroom's day replayed. The articles are added to an
/// <see cref="AnalysisSession"/> one at a time, as they would arrive; the command prints how long each add took as the
/// session grew, and checks the final report against a one-shot analysis of the same articles.
/// </summary>
internal static class SessionEvaluationCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var embedder = CliOptions.Embedder();
        var subjectThreshold = CliOptions.SubjectThreshold();
        var comparison = new CliOptions.ComparisonTuning();
        var command = new Command("session", "Add articles to an incremental analysis session one at a time: time per add as the session grows, and whether the result equals a one-shot analysis.")
        {
            paths, embedder, subjectThreshold,
        };
        foreach (var option in comparison.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pipeline = AnalyzeCommand.Pipeline(parse, embedder, subjectThreshold, comparison);
            var articles = new List<Article>();
            await foreach (var article in ArticleInputs.ReadAsync(parse.GetValue(paths)!, cancellationToken))
                articles.Add(article);
            if (articles.Count == 0)
            {
                CliOptions.Warn("no article to add");
                return 2;
            }
            var inv = CultureInfo.InvariantCulture;
            var timed = pipeline.Embedder as TimedEmbedder;
            var adds = new double[articles.Count];
            var total = Stopwatch.StartNew();
            using var session = new AnalysisSession(pipeline);
            for (var i = 0; i < articles.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                await session.AddAsync(articles[i], cancellationToken);
                adds[i] = clock.Elapsed.TotalSeconds;
            }
            total.Stop();
            var embedded = timed?.Texts;
            Console.WriteLine(string.Create(inv, $"session: {articles.Count} articles added one at a time in {total.Elapsed.TotalSeconds:0.0} s; {session.Current.Claims.Count} claims, {session.Current.Subjects.Count} subjects, {session.Current.Discrepancies.Count} discrepancies, {session.Current.Agreements.Count} agreements"));
            Console.WriteLine("time per add (mean of the ten adds up to each point):");
            foreach (var share in new[] { 0.1, 0.25, 0.5, 0.75, 1.0 })
            {
                var end = Math.Max(1, (int)Math.Round(share * articles.Count));
                var window = adds[Math.Max(0, end - 10)..end];
                Console.WriteLine(string.Create(inv, $"  after {end,5} articles: {window.Average() * 1000,8:0} ms"));
            }
            if (embedded is { } n)
                Console.WriteLine(string.Create(inv, $"texts embedded with MiniLM over the session: {n}"));

            var clockOnce = Stopwatch.StartNew();
            var once = await ClaimDiffer.AnalyzeAsync(articles, pipeline, null, cancellationToken);
            clockOnce.Stop();
            var same = Describe(once) == Describe(session.Current);
            Console.WriteLine(string.Create(inv, $"one-shot analysis of the same articles: {clockOnce.Elapsed.TotalSeconds:0.0} s; same report: {(same ? "yes" : "NO")}"));
            return same ? 0 : 1;
        });
        return command;
    }

    /// <summary>What two reports must share to be the same: every subject's claims, and every discrepancy and agreement with its confidence.</summary>
    private static string Describe(Report report)
        => string.Join('\n', report.Subjects.Select(s => string.Join(',', s.ClaimIds)))
           + "\n" + string.Join('\n', report.Discrepancies.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.ClaimA.Id}|{d.ClaimB.Id}|{d.Type}|{d.Confidence}")))
           + "\n" + string.Join('\n', report.Agreements.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.ClaimA.Id}|{g.ClaimB.Id}|{g.Confidence}")));
}
