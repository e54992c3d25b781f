namespace ClaimDiff.Reports;

/// <summary>Renders a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line (<c>json</c>, <c>md</c>, <c>html</c>).</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(Report report, TextWriter writer);
}
