using ClaimDiff.Notebook;
using Spectre.Console;

await Notebook.RunAsync(AnsiConsole.Console);
