using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>evaluate extraction</c> command (being written by the Articles work).</summary>
internal static class ExtractionEvaluationCommand
{
    public static Command Create() => new("extraction", "Being written.");
}
