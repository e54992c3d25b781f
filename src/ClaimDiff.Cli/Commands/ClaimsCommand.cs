using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>claims</c> command (being written).</summary>
internal static class ClaimsCommand
{
    public static Command Create() => new("claims", "Being written.");
}
