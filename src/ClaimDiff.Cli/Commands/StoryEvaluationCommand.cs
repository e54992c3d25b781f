using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Comparison;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate stories [--stories DIR]</c>: analyses the hand-written multi-outlet stories
/// (<see cref="WrittenStories"/>) all at once, as <c>analyze</c> would, and scores the report against the discrepancies
/// and agreements their writers planted (<see cref="StoryScores"/>).
/// </summary>
internal static class StoryEvaluationCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--stories") { Description = "The folder of story files.", DefaultValueFactory = _ => Path.Combine("tests", "stories") };
        var details = new Option<string?>("--details") { Description = "Also write every annotated pair with its outcome, and every reported discrepancy with its verdict, to this TSV file." };
        var embedder = CliOptions.Embedder();
        var subjectThreshold = CliOptions.SubjectThreshold();
        var comparison = new CliOptions.ComparisonTuning();
        var command = new Command("stories", "Score discrepancies and agreements on the hand-written multi-outlet stories against their annotations.")
        {
            folder, details, embedder, subjectThreshold,
        };
        foreach (var option in comparison.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                CliOptions.Warn($"--stories: {dir} is not a folder");
                return 2;
            }
            List<WrittenStory> stories;
            try
            {
                stories = WrittenStories.Load(dir);
            }
            catch (InvalidDataException e)
            {
                CliOptions.Warn($"--stories: {e.Message}");
                return 2;
            }
            if (stories.Count == 0)
            {
                CliOptions.Warn($"--stories: {dir} holds no *.json story");
                return 2;
            }
            var pipeline = AnalyzeCommand.Pipeline(parse, embedder, subjectThreshold, comparison);
            var clock = Stopwatch.StartNew();
            var report = await ClaimDiffer.AnalyzeAsync(stories.SelectMany(s => s.Articles), pipeline, null, cancellationToken);
            clock.Stop();
            var scores = new StoryScores(stories, report);
            Print(stories, report, scores, clock.Elapsed);
            if (parse.GetValue(details) is { } file)
                WriteDetails(file, scores, pipeline.RelationClassifier);
            return 0;
        });
        return command;
    }

    private static void Print(List<WrittenStory> stories, Report report, StoryScores s, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"written stories: {stories.Count} stories, {report.Articles.Count} articles; {report.Claims.Count} claims, {report.Subjects.Count} subjects, {report.Discrepancies.Count} discrepancies, {report.Agreements.Count} agreements; analysed in {elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"annotated discrepancies: {s.Discrepancies.Count}; recall {s.Recall:0.000} ({Outcomes(s.Discrepancies)})"));
        foreach (var type in s.Discrepancies.GroupBy(p => p.Pair.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Create(inv, $"  {type.Key}: found {type.Count(p => p.Outcome == PairOutcome.Discrepancy)} of {type.Count()}"));
        var verdicts = s.Reported.CountBy(r => r.Verdict).ToDictionary();
        Console.WriteLine(string.Create(inv, $"reported discrepancies: {s.Reported.Count}; precision {s.Precision:0.000} (on annotated discrepancies {verdicts.GetValueOrDefault(ReportedVerdict.Annotated)}, on annotated agreements {verdicts.GetValueOrDefault(ReportedVerdict.OnAgreement)}, other pairs of one story {verdicts.GetValueOrDefault(ReportedVerdict.Unannotated)}, across stories {verdicts.GetValueOrDefault(ReportedVerdict.AcrossStories)})"));
        foreach (var type in s.Reported.GroupBy(r => r.Discrepancy.Type.ToName()).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Create(inv, $"  {type.Key}: {type.Count(r => r.Verdict == ReportedVerdict.Annotated)} annotated, {type.Count(r => r.Verdict != ReportedVerdict.Annotated)} not"));
        Console.WriteLine(string.Create(inv, $"annotated agreements: {s.Agreements.Count}; flagged as discrepancies {s.AgreementsFlagged:0.000}, listed as agreements {s.AgreementRecall:0.000} ({Outcomes(s.Agreements)})"));
        var perStory = s.Discrepancies.GroupBy(p => p.Pair.Story).Select(g => g.Count(p => p.Outcome == PairOutcome.Discrepancy)).ToList();
        Console.WriteLine(string.Create(inv, $"per story: {perStory.Count(n => n > 0)} of {perStory.Count} stories with at least one annotated discrepancy found"));
    }

    private static string Outcomes(IReadOnlyList<(StoryPair Pair, PairOutcome Outcome)> pairs)
        => string.Join(", ", Enum.GetValues<PairOutcome>().Select(o => $"{Describe(o)} {pairs.Count(p => p.Outcome == o)}"));

    private static string Describe(PairOutcome outcome) => outcome switch
    {
        PairOutcome.NotExtracted => "a passage gave no claim",
        PairOutcome.OtherSubjects => "in different subjects",
        PairOutcome.NotReported => "one subject, not paired",
        PairOutcome.Discrepancy => "reported as a discrepancy",
        _ => "listed as an agreement",
    };

    private static void WriteDetails(string file, StoryScores s, IRelationClassifier classifier)
    {
        using var writer = new StreamWriter(file);
        writer.WriteLine("row\ttype\toutcome\tverdict\tstory\tfirst\tsecond");
        string Clean(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
        foreach (var (kind, pairs) in new[] { ("discrepancy", s.Discrepancies), ("agreement", s.Agreements) })
            foreach (var (pair, outcome) in pairs)
            {
                // What the classifier says of the two passages' first claims, for the pairs not reported as annotated.
                var verdict = "";
                if (outcome is PairOutcome.NotReported or PairOutcome.OtherSubjects && s.Covering(pair.First) is [var a, ..] && s.Covering(pair.Second) is [var b, ..])
                {
                    var relation = classifier.Classify(a.Content, b.Content);
                    var cosine = Subjects.TfidfEmbedder.Default.Embed(a.Content).Cosine(Subjects.TfidfEmbedder.Default.Embed(b.Content));
                    verdict = string.Create(CultureInfo.InvariantCulture, $"{relation.Label.ToName()} {relation.Confidence:0.00} {string.Join('+', relation.Evidence.Select(e => e.Type.ToName()))} cosine {cosine:0.00}");
                }
                writer.WriteLine($"annotated {kind}\t{pair.Type}\t{outcome}\t{verdict}\t{pair.Story}\t{Clean(pair.First.Quote)}\t{Clean(pair.Second.Quote)}");
            }
        foreach (var (d, verdict) in s.Reported)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reported\t{d.Type.ToName()}\t{d.Confidence:0.000}\t{verdict}\t{d.SubjectId}\t{Clean(d.ClaimA.Text)}\t{Clean(d.ClaimB.Text)}"));
    }
}
