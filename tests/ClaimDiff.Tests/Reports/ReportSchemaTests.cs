using ClaimDiff.Notebook;
using ClaimDiff.Reports;
using NJsonSchema;

namespace ClaimDiff.Tests.Reports;

/// <summary>The JSON report against <c>docs/report.schema.json</c>, the schema the documentation promises.</summary>
public class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "report.schema.json"))).GetAwaiter().GetResult());

    private static string Json(Report report)
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(report, output);
        return output.ToString();
    }

    [Test]
    public void A_report_with_every_field_and_an_unreadable_article_follows_the_schema()
        => Assert.That(Schema.Value.Validate(Json(ReportWriterTests.SampleReport())), Is.Empty);

    [Test]
    public async Task The_report_of_the_built_in_example_follows_the_schema()
    {
        var report = await ClaimDiffer.AnalyzeAsync(ExampleArticles.Load());
        Assume.That(report.Discrepancies, Is.Not.Empty);

        Assert.That(Schema.Value.Validate(Json(report)), Is.Empty);
    }

    [TestCase("\"type\": \"scope\"", "\"type\": \"tone\"")]
    [TestCase("\"claimCount\": 1", "\"claimCount\": -1")]
    [TestCase("\"agreements\": [", "\"agreement\": [")]
    public void The_schema_rejects_a_report_that_strays_from_it(string field, string changed)
    {
        var json = Json(ReportWriterTests.SampleReport());
        Assume.That(json, Does.Contain(field));

        Assert.That(Schema.Value.Validate(json.Replace(field, changed, StringComparison.Ordinal)), Is.Not.Empty);
    }
}
