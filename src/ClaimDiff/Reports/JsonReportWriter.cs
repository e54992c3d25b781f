namespace ClaimDiff.Reports;

/// <summary>JSON report writer (being written).</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer) { }
}
