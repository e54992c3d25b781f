using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>extract</c> command (being written).</summary>
internal static class ExtractCommand
{
    public static Command Create() => new("extract", "Being written.");
}
