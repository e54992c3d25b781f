using System.Runtime.CompilerServices;
using ClaimDiff.Articles;

namespace ClaimDiff.Cli.Commands;

/// <summary>Reads the articles named on the command line (files, folders, URLs, '-' for standard input), reporting failures on stderr.</summary>
internal static class ArticleInputs
{
    /// <summary>How many articles were read and how many inputs failed, for the exit code.</summary>
    public sealed class Tally
    {
        public int Read { get; internal set; }

        public int Failed { get; internal set; }

        /// <summary>
        /// 0 when an article was read; else 1, with the reason on stderr: no input found under the paths, or every
        /// input failed (each failure was reported as it came). The same rule as <c>analyze</c>'s.
        /// </summary>
        public int ExitCode()
        {
            if (Read > 0)
                return 0;
            CliOptions.Warn(Failed == 0
                ? "no article found under the paths given (folders are read for .html, .htm, .txt and .json files, optionally .gz)"
                : $"none of the {Failed} inputs could be read (see the errors above)");
            return 1;
        }
    }

    public static async IAsyncEnumerable<Article> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken, Tally? tally = null)
    {
        // The reader alone: reading articles needs no model, so the default pipeline is not built here.
        await foreach (var article in new ArticleReader().ReadAllAsync(paths, cancellationToken))
        {
            if (article.Error is not null)
            {
                CliOptions.Warn($"{article.Path}: {article.Error}");
                if (tally is not null)
                    tally.Failed++;
            }
            else if (tally is not null)
            {
                tally.Read++;
            }
            yield return article;
        }
    }
}
