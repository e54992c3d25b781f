using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>compare</c> command (being written).</summary>
internal static class CompareCommand
{
    public static Command Create() => new("compare", "Being written.");
}
