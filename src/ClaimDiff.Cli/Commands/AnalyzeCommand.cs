using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>analyze</c> command (being written).</summary>
internal static class AnalyzeCommand
{
    public static Command Create() => new("analyze", "Being written.");
}
