using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

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
        var everyPair = new Option<string?>("--pairs") { Description = "Also classify every pair of claims from different articles of one story, whatever their subjects, write each with its annotation, the classifier's scores and the embedder's cosine to this TSV file, and print how well the classifier alone ranks them." };
        var embedder = CliOptions.Embedder();
        var subjectThreshold = CliOptions.SubjectThreshold();
        var comparison = new CliOptions.ComparisonTuning();
        var command = new Command("stories", "Score discrepancies and agreements on the hand-written multi-outlet stories against their annotations.")
        {
            folder, details, everyPair, embedder, subjectThreshold,
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
            if (pipeline.SubjectGrouper is FactSubjectGrouper facts)
                PrintEvents(stories, facts.Events(report.Claims, cancellationToken));
            if (parse.GetValue(details) is { } file)
                WriteDetails(file, scores, pipeline.RelationClassifier);
            if (parse.GetValue(everyPair) is { } pairsFile)
                RankStoryPairs(pairsFile, stories, report, scores, pipeline);
            return 0;
        });
        return command;
    }

    /// <summary>How the fact grouper's article events match the stories: stories split over events, events mixing stories.</summary>
    private static void PrintEvents(List<WrittenStory> stories, IReadOnlyDictionary<string, int> events)
    {
        var storyOf = stories.SelectMany((story, i) => story.Articles.Select(a => (a.Id!, i))).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        var known = events.Where(e => storyOf.ContainsKey(e.Key)).ToList();
        var split = known.GroupBy(e => storyOf[e.Key]).Count(g => g.Select(e => e.Value).Distinct().Count() > 1);
        var mixed = known.GroupBy(e => e.Value).Count(g => g.Select(e => storyOf[e.Key]).Distinct().Count() > 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"article events: {known.Select(e => e.Value).Distinct().Count()} for {stories.Count} stories; stories split over events {split}, events holding several stories {mixed}"));
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
        foreach (var type in s.Reported.GroupBy(r => r.Discrepancy.Type.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Create(inv, $"  {type.Key}: {type.Count(r => r.Verdict == ReportedVerdict.Annotated)} annotated, {type.Count(r => r.Verdict != ReportedVerdict.Annotated)} not"));
        Console.WriteLine(string.Create(inv, $"annotated agreements: {s.Agreements.Count}; flagged as discrepancies {s.AgreementsFlagged:0.000}, listed as agreements {s.AgreementRecall:0.000} ({Outcomes(s.Agreements)})"));
        Console.WriteLine(string.Create(inv, $"same-fact pairs (claims covering annotated passages; {s.SameFact.Positive} of one fact, {s.SameFact.Negative} of different facts): one subject precision {s.SameFact.Precision:0.000}, recall {s.SameFact.Recall:0.000}, F1 {s.SameFact.F1:0.000}"));
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

    /// <summary>
    /// Every pair of claims from different articles of one story, classified whatever their subjects: what ClaimDiff
    /// would have to tell apart if it knew the stories and compared everything within them. The pairs are ranked by
    /// contradiction probability times the embedder's cosine; the command prints the precision reached at each share of
    /// the annotated discrepancies found (a discrepancy counts once, at its first claim pair).
    /// </summary>
    private static void RankStoryPairs(string file, List<WrittenStory> stories, Report report, StoryScores s, ClaimDiffPipeline pipeline)
    {
        var rows = new List<(string Story, string Annotation, StoryPair? Pair, float Cosine, Relation Relation, Claim A, Claim B)>();
        foreach (var story in stories)
        {
            var ids = story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var claims = report.Claims.Where(c => ids.Contains(c.ArticleId)).ToList();
            var vectors = pipeline.Embedder.Embed(claims.Select(c => c.Content).ToList());
            var annotated = new Dictionary<(string, string), (string, StoryPair)>();
            foreach (var (kind, pairs) in new[] { ("discrepancy", story.Discrepancies), ("agreement", story.Agreements) })
                foreach (var pair in pairs)
                    foreach (var a in s.Covering(pair.First))
                        foreach (var b in s.Covering(pair.Second))
                            annotated[(a.Id, b.Id)] = annotated[(b.Id, a.Id)] = (kind, pair);
            for (var i = 0; i < claims.Count; i++)
                for (var j = i + 1; j < claims.Count; j++)
                    if (!string.Equals(claims[i].ArticleId, claims[j].ArticleId, StringComparison.Ordinal))
                    {
                        var (kind, pair) = annotated.GetValueOrDefault((claims[i].Id, claims[j].Id), ("none", null!));
                        rows.Add((story.Name, kind, pair, vectors[i].Cosine(vectors[j]), pipeline.RelationClassifier.Classify(claims[i].Content, claims[j].Content), claims[i], claims[j]));
                    }
        }
        var inv = CultureInfo.InvariantCulture;
        float Contradiction(Relation r) => r.Scores.GetValueOrDefault(RelationLabel.Contradiction);
        using (var writer = new StreamWriter(file))
        {
            writer.WriteLine("story\tannotation\ttype\tcosine\tlabel\tcontradiction\tagreement\tneutral\tevidence\tfirst\tsecond");
            string Clean(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
            foreach (var r in rows)
                writer.WriteLine(string.Create(inv, $"{r.Story}\t{r.Annotation}\t{r.Pair?.Type}\t{r.Cosine:0.000}\t{r.Relation.Label.ToName()}\t{Contradiction(r.Relation):0.000}\t{r.Relation.Scores.GetValueOrDefault(RelationLabel.Agreement):0.000}\t{r.Relation.Scores.GetValueOrDefault(RelationLabel.Neutral):0.000}\t{string.Join('+', r.Relation.Evidence.Select(e => e.Type.Name))}\t{Clean(r.A.Content)}\t{Clean(r.B.Content)}"));
        }
        var total = s.Discrepancies.Count;
        var found = new HashSet<StoryPair>(ReferenceEqualityComparer.Instance);
        var (taken, real) = (0, 0);
        var targets = new Queue<double>([0.1, 0.2, 0.3, 0.4, 0.6]);
        var line = new List<string>();
        foreach (var r in rows.OrderByDescending(r => Contradiction(r.Relation) * Math.Max(0, r.Cosine)))
        {
            taken++;
            if (r.Annotation != "discrepancy") continue;
            real++;
            found.Add(r.Pair!);
            while (targets.Count > 0 && found.Count >= targets.Peek() * total)
                line.Add(string.Create(inv, $"recall {targets.Dequeue():0.0} at precision {(double)real / taken:0.000} ({taken} pairs)"));
        }
        Console.WriteLine(string.Create(inv, $"every pair of one story ({rows.Count} pairs from different articles, ranked by contradiction probability × cosine): {(line.Count > 0 ? string.Join("; ", line) : "no annotated discrepancy among them")}"));
    }

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
                    verdict = string.Create(CultureInfo.InvariantCulture, $"{relation.Label.ToName()} {relation.Confidence:0.00} {string.Join('+', relation.Evidence.Select(e => e.Type.Name))} cosine {cosine:0.00}");
                }
                writer.WriteLine($"annotated {kind}\t{pair.Type}\t{outcome}\t{verdict}\t{pair.Story}\t{Clean(pair.First.Quote)}\t{Clean(pair.Second.Quote)}");
            }
        foreach (var (d, verdict) in s.Reported)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reported\t{d.Type.Name}\t{d.Confidence:0.000}\t{verdict}\t{d.SubjectId}\t{Clean(d.ClaimA.Text)}\t{Clean(d.ClaimB.Text)}"));
    }
}
