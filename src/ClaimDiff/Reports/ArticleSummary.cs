namespace ClaimDiff.Reports;

/// <summary>An input article as listed in a report.</summary>
/// <param name="Id">The article id (<c>a1</c>, <c>a2</c>, … unless the caller chose one).</param>
/// <param name="Path">The file or URL it came from, if any.</param>
/// <param name="Title">The headline, if known.</param>
/// <param name="Publisher">The outlet, if known.</param>
/// <param name="Published">The publication date, if known.</param>
/// <param name="ClaimCount">How many claims were found in it.</param>
/// <param name="Error">Why it could not be read, or <see langword="null"/>.</param>
/// <param name="Url">The page's own address (its canonical URL), if known.</param>
public sealed record ArticleSummary(string Id, string? Path, string? Title, string? Publisher, DateTimeOffset? Published, int ClaimCount, string? Error, string? Url = null);
