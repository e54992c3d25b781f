using System.Runtime.CompilerServices;
using ClaimDiff.Articles;

namespace ClaimDiff.Cli.Commands;

/// <summary>Reads the articles named on the command line, reporting failures on stderr.</summary>
internal static class ArticleInputs
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt", ".json"];

    public static async IAsyncEnumerable<Article> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The reader alone: reading articles needs no model, so the default pipeline is not built here.
        var reader = new ArticleReader();
        foreach (var path in paths.SelectMany(Expand))
        {
            await foreach (var article in reader.ReadAsync(path, cancellationToken))
            {
                if (article.Error is not null)
                    CliOptions.Warn($"{path}: {article.Error}");
                yield return article;
            }
        }
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path))
            return [path];
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase) || f.EndsWith(e + ".gz", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
    }
}
