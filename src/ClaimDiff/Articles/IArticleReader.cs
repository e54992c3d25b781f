namespace ClaimDiff.Articles;

/// <summary>Turns input files into articles. One file can hold several articles (a JSON array).</summary>
public interface IArticleReader
{
    /// <summary>Reads every article in the file. A file that cannot be read yields one <see cref="Article.Failed"/> record rather than throwing.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<Article> ReadAsync(string path, CancellationToken cancellationToken = default);
}
