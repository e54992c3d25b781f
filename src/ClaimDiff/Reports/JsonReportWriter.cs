using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Reports;

/// <summary>
/// Writes the report as JSON in the documented, stable camelCase schema: <c>articles</c>, <c>claims</c>,
/// <c>subjects</c>, <c>discrepancies</c>, <c>agreements</c>. Same report, same bytes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <summary>Whether to indent the output. Default: <see langword="true"/>.</summary>
    public bool Indented { get; init; } = true;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Write(Report report, TextWriter writer)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        var subjectOf = report.Subjects.SelectMany(s => s.ClaimIds.Select(c => (Claim: c, Subject: s.Id))).ToDictionary(x => x.Claim, x => x.Subject);
        // Streamed one element at a time, so a report of a million claims never exists twice in memory.
        using var json = new JsonTextWriter(writer) { Formatting = Indented ? Formatting.Indented : Formatting.None, CloseOutput = false };
        json.WriteStartObject();
        WriteArray(json, "articles", report.Articles, a => new JObject
        {
            ["id"] = a.Id,
            ["path"] = a.Path,
            ["title"] = a.Title,
            ["publisher"] = a.Publisher,
            ["published"] = IsoDate(a.Published),
            ["url"] = a.Url,
            ["claimCount"] = a.ClaimCount,
            ["error"] = a.Error,
        });
        WriteArray(json, "claims", report.Claims, c => ClaimJson(c, subjectOf.GetValueOrDefault(c.Id)));
        WriteArray(json, "subjects", report.Subjects, s => new JObject
        {
            ["id"] = s.Id,
            ["label"] = s.Label,
            ["keywords"] = new JArray(s.Keywords),
            ["claimIds"] = new JArray(s.ClaimIds),
            ["representativeClaimId"] = s.RepresentativeClaimId,
            ["event"] = s.Event,
        });
        WriteArray(json, "discrepancies", report.Discrepancies, d => new JObject
        {
            ["id"] = d.Id,
            ["subjectId"] = d.SubjectId,
            ["claimA"] = d.ClaimA.Id,
            ["claimB"] = d.ClaimB.Id,
            ["type"] = d.Type.Name,
            ["confidence"] = Round(d.Confidence),
            ["explanation"] = d.Explanation,
            ["evidence"] = new JArray(d.Evidence.Select(EvidenceJson)),
            ["repeats"] = new JArray(d.Repeats.Select(r => new JObject { ["claimA"] = r.ClaimA.Id, ["claimB"] = r.ClaimB.Id, ["confidence"] = Round(r.Confidence) })),
        });
        WriteArray(json, "agreements", report.Agreements, g => new JObject
        {
            ["id"] = g.Id,
            ["subjectId"] = g.SubjectId,
            ["claimA"] = g.ClaimA.Id,
            ["claimB"] = g.ClaimB.Id,
            ["confidence"] = Round(g.Confidence),
        });
        json.WriteEndObject();
        json.Flush();
        writer.WriteLine();
    }

    private static void WriteArray<T>(JsonWriter json, string name, IEnumerable<T> items, Func<T, JObject> toJson)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items)
            toJson(item).WriteTo(json);
        json.WriteEndArray();
    }

    /// <summary>A claim as a JSON object: the report's claim fields plus content, source kind, quantities, dates and entities.</summary>
    /// <param name="c">The claim.</param>
    /// <param name="subjectId">The id of the claim's subject, or <see langword="null"/> outside a report.</param>
    public static JObject ClaimJson(Claim c, string? subjectId) => new()
    {
        ["id"] = c.Id,
        ["articleId"] = c.ArticleId,
        ["text"] = c.Text,
        ["content"] = c.Content,
        ["source"] = c.Source,
        ["sourceKind"] = c.SourceKind.ToString().ToLowerInvariant(),
        ["cue"] = c.Cue,
        ["modality"] = c.Modality.ToString().ToLowerInvariant(),
        ["polarity"] = c.Polarity.ToString().ToLowerInvariant(),
        ["subjectId"] = subjectId,
        ["start"] = c.Start,
        ["end"] = c.End,
        ["contentStart"] = c.ContentRange.Start,
        ["contentEnd"] = c.ContentRange.End,
        ["quantities"] = new JArray(c.Quantities),
        ["dates"] = new JArray(c.Dates),
        ["entities"] = new JArray(c.Entities),
    };

    /// <summary>Typed evidence as the report writes it: its type, the two spans as [start, end] offsets, and its description.</summary>
    public static JObject EvidenceJson(ConflictEvidence e) => new()
    {
        ["type"] = e.Type.Name,
        ["first"] = new JArray(e.First.Start, e.First.End),
        ["second"] = new JArray(e.Second.Start, e.Second.End),
        ["description"] = e.Description,
    };

    /// <summary>A date and time as the report writes it (ISO 8601 with its offset), or <see langword="null"/>.</summary>
    public static string? IsoDate(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    internal static double Round(float value) => Math.Round(value, 4);
}
