namespace ClaimDiff.Reports;

/// <summary>Links from a report back to its articles: to the file or URL, and to a claim's sentence within it.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ArticleLinks
{
    /// <summary>The address of each article whose page URL or path the report knows, by article id: the page's own URL first.</summary>
    public static Dictionary<string, string> Of(Report report)
        => report.Articles.Select(a => (a.Id, Link: Link(a.Url) ?? Link(a.Path))).Where(a => a.Link is not null).ToDictionary(a => a.Id, a => a.Link!, StringComparer.Ordinal);

    /// <summary>Where a claim was published, for a reader: the outlet and the date ("Harbour Times, 6 Jan 2026"), either alone, or null when neither is known.</summary>
    public static string? Provenance(ArticleSummary article)
    {
        var date = Date(article);
        var parts = new[] { article.Publisher, date }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The outlet and date of each article that has either, by article id.</summary>
    public static Dictionary<string, string> Provenances(Report report)
        => report.Articles.Select(a => (a.Id, Text: Provenance(a))).Where(a => a.Text is not null).ToDictionary(a => a.Id, a => a.Text!, StringComparer.Ordinal);

    /// <summary>The publication date as a reader writes it ("6 Jan 2026"), or null.</summary>
    public static string? Date(ArticleSummary article) => article.Published?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The address of <paramref name="claim"/>'s sentence in its article: the article's address with a text fragment
    /// (<c>#:~:text=</c>) that browsers which support it scroll to and highlight.
    /// </summary>
    public static string ToSentence(string articleLink, Claims.Claim claim) => articleLink + TextFragment(claim.Text);

    /// <summary>
    /// An address for an article's path: a web or file URL as it is; a rooted file path, or a relative one that names a
    /// file from the current folder, as a file URL (so the link works wherever the report is saved); any other relative
    /// path with its segments escaped; null for none.
    /// </summary>
    public static string? Link(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file") return uri.AbsoluteUri;
        if (Path.IsPathRooted(path) || File.Exists(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join('/', path.Split('/', '\\').Select(Uri.EscapeDataString));
    }

    /// <summary>How many words of a claim's sentence the text fragment quotes: enough to be unique on a page, few enough to match its wording.</summary>
    private const int FragmentWords = 8;

    /// <summary>A text fragment (<c>#:~:text=</c>) for the first words of <paramref name="sentence"/>, escaped as the syntax requires ("-", "," and "&amp;" too).</summary>
    public static string TextFragment(string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(FragmentWords);
        return "#:~:text=" + Uri.EscapeDataString(string.Join(' ', words)).Replace("-", "%2D", StringComparison.Ordinal);
    }
}
