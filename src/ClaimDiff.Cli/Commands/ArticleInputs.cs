using System.Runtime.CompilerServices;
using ClaimDiff.Articles;

namespace ClaimDiff.Cli.Commands;

/// <summary>Reads the articles named on the command line (files, folders, '-' for standard input), reporting failures on stderr.</summary>
internal static class ArticleInputs
{
    public static async IAsyncEnumerable<Article> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The reader alone: reading articles needs no model, so the default pipeline is not built here.
        await foreach (var article in new ArticleReader().ReadAllAsync(paths, cancellationToken))
        {
            if (article.Error is not null)
                CliOptions.Warn($"{article.Path}: {article.Error}");
            yield return article;
        }
    }
}
