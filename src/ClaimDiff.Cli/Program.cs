using System.CommandLine;
using ClaimDiff.Cli.Commands;

// A root command takes the executable's name ("ClaimDiff.Cli") for its help; the tool is "claimdiff".
var root = new Command("claimdiff", "ClaimDiff: find the claims in news articles, who makes them, and where sources contradict each other.")
{
    new System.CommandLine.Help.HelpOption(),
    new VersionOption(),
    ExtractCommand.Create(),
    ClaimsCommand.Create(),
    CompareCommand.Create(),
    GroupCommand.Create(),
    AnalyzeCommand.Create(),
    TrainCommand.Create(),
    new Command("evaluate", "Print metrics for a stage on a dataset.")
    {
        RelationEvaluationCommand.Create(),
        ExtractionEvaluationCommand.Create(),
        ClaimEvaluationCommand.Create(),
        CheckWorthinessCommands.Evaluate(),
        SubjectEvaluationCommand.Create(),
        ReportEvaluationCommand.Create(),
        PlantedEvaluationCommand.Create(),
        StoryEvaluationCommand.Create(),
        SessionEvaluationCommand.Create(),
    },
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // The contract: bad usage exits non-zero with a one-line reason.
    // A misspelt command ("analyse") gets the one it is nearest to, as git does.
    var command = parse.CommandResult.Command;
    var typed = parse.UnmatchedTokens.FirstOrDefault();
    var suggestion = typed is null || typed.StartsWith('-') ? null : CliOptions.Closest(typed, command.Subcommands.Select(c => c.Name));
    Console.Error.WriteLine(suggestion is not null
        ? $"claimdiff: unknown command '{typed}' (did you mean '{suggestion}'?) (see 'claimdiff {(command == root ? "" : command.Name + " ")}--help')"
        : $"claimdiff: {string.Join("; ", parse.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Reverse())} (see 'claimdiff --help')");
    return 2;
}
try
{
    // Exceptions reach the handlers below, each reported as one line (the default handler prints a stack trace).
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("claimdiff: cancelled");
    return 130;
}
catch (UsageException e)
{
    Console.Error.WriteLine($"claimdiff: {e.Message}");
    return 2;
}
catch (ClaimDiff.ClaimDiffException e)
{
    Console.Error.WriteLine($"claimdiff: {e.Message}");
    return 1;
}
catch (IOException e)
{
    Console.Error.WriteLine($"claimdiff: could not write the output: {e.Message}");
    return 1;
}
