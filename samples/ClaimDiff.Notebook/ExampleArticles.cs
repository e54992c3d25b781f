namespace ClaimDiff.Notebook;

/// <summary>The built-in example articles: three takes, written for this sample, on the January 2026 dual-use export ban.</summary>
public static class ExampleArticles
{
    private static readonly (string Resource, string Publisher)[] Files =
    [
        ("01-ministry-statement.txt", "Asia Trade Wire"),
        ("02-newspaper-report.html", "The Harbour Ledger"),
        ("03-weekly-digest.txt", "The Weekly Trade Digest"),
    ];

    /// <summary>Loads the articles from the sample's embedded resources: plain text files have their headline on the first line.</summary>
    public static IReadOnlyList<Article> Load()
    {
        var articles = new List<Article>();
        foreach (var (resource, publisher) in Files)
        {
            using var stream = typeof(ExampleArticles).Assembly.GetManifestResourceStream("ClaimDiff.Notebook.Articles." + resource)
                ?? throw new InvalidOperationException($"The example article '{resource}' is missing from the sample's resources.");
            var content = new StreamReader(stream).ReadToEnd();
            if (resource.EndsWith(".html", StringComparison.Ordinal))
            {
                articles.Add(Article.FromHtml(content, publisher, path: resource));
                continue;
            }
            var newline = content.IndexOf('\n');
            articles.Add(new Article(content[(newline + 1)..].Trim(), title: content[..newline].Trim(), publisher: publisher, path: resource));
        }
        return articles;
    }
}
