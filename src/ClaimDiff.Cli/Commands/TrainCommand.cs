using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>train</c> command (being written by the Comparison work).</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Being written.");
}
