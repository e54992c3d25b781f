namespace ClaimDiff.Reports;

/// <summary>Markdown report writer (being written).</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer) { }
}
