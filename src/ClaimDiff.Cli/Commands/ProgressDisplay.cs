using Spectre.Console;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// Shows how far an analysis has got, on standard error: a bar per stage (claims, subjects, comparison) when there is a
/// terminal to draw on, otherwise a line every 100 units and at the end of each stage, so that a log stays readable.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>A console on standard error when it is a terminal; <see langword="null"/> when it is redirected.</summary>
    public static IAnsiConsole? Terminal()
        => Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>
    /// Runs <paramref name="work"/>, showing the progress it reports as bars on <paramref name="console"/>, or as lines
    /// on <paramref name="log"/> when there is no console. Reports may come from several threads at once.
    /// </summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole? console, TextWriter log, Func<IProgress<AnalysisProgress>, Task<T>> work)
    {
        if (console is null)
        {
            return await work(new Reporter(p =>
            {
                if (p.Stage != AnalysisStage.Done && (p.Completed == p.Total || p.Completed % 100 == 0))
                    log.WriteLine($"claimdiff: {Name(p.Stage)} {p.Completed}/{p.Total}");
            }));
        }
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<AnalysisStage, ProgressTask>();
                var result = await work(new Reporter(p =>
                {
                    if (p.Stage == AnalysisStage.Done) return;
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                        {
                            // A new stage ends the earlier ones, whatever they last reported.
                            Finish(tasks.Values);
                            tasks[p.Stage] = task = context.AddTask(Name(p.Stage));
                        }
                        task.MaxValue = Math.Max(1, p.Total);
                        // Parallel stages may report a smaller count after a larger one.
                        task.Value = Math.Max(task.Value, p.Completed);
                        if (p.Completed >= p.Total) task.StopTask();
                    }
                }));
                lock (tasks)
                    Finish(tasks.Values);
                return result;
            });
    }

    private static void Finish(IEnumerable<ProgressTask> tasks)
    {
        foreach (var task in tasks.Where(t => !t.IsFinished))
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private static string Name(AnalysisStage stage) => stage.ToString().ToLowerInvariant();

    /// <summary>Reports on the reporting thread, in order (<see cref="Progress{T}"/> would post to the thread pool and reorder).</summary>
    private sealed class Reporter(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
