using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>evaluate relations</c> command (being written by the Comparison work).</summary>
internal static class RelationEvaluationCommand
{
    public static Command Create() => new("relations", "Being written.");
}
