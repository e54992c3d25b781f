using System.CommandLine;
using ClaimDiff.Cli.Commands;

var root = new RootCommand("ClaimDiff: find the claims in news articles, who makes them, and where sources contradict each other.")
{
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
    },
};
return await root.Parse(args).InvokeAsync();
