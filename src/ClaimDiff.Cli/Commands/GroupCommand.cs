using System.CommandLine;

namespace ClaimDiff.Cli.Commands;

/// <summary>The <c>group</c> command (being written).</summary>
internal static class GroupCommand
{
    public static Command Create() => new("group", "Being written.");
}
