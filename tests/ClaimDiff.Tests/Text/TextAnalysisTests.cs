using ClaimDiff.Comparison;
using ClaimDiff.Notebook;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

/// <summary>A text is analysed once, however many stages and pairs read it.</summary>
public class TextAnalysisTests
{
    [Test]
    public async Task An_analysis_of_the_example_articles_analyses_no_text_twice_and_every_compared_claim_once()
    {
        Report report;
        IReadOnlyDictionary<string, int> counts;
        using (TextAnalysis.Record(out counts))
            report = await ClaimDiffer.AnalyzeAsync(ExampleArticles.Load());
        var compared = report.Discrepancies.SelectMany(d => new[] { d.ClaimA, d.ClaimB })
            .Concat(report.Agreements.SelectMany(a => new[] { a.ClaimA, a.ClaimB })).Select(c => c.Content).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(compared, Is.Not.Empty, "the example articles should give discrepancies and agreements");
            Assert.That(counts.Where(c => c.Value > 1).Select(c => $"{c.Value}x {c.Key}"), Is.Empty, "texts analysed more than once");
            Assert.That(compared.Where(c => !counts.ContainsKey(c)), Is.Empty, "compared claims whose text was not analysed in this analysis");
        });
    }

    [Test]
    public void The_analysis_of_a_string_is_shared_and_that_of_an_equal_copy_is_made_apart()
    {
        var text = "Officials said 40 people were hurt on Tuesday.";
        var copy = new string(text.AsSpan());
        IReadOnlyDictionary<string, int> counts;
        using (TextAnalysis.Record(out counts))
        {
            var first = TextAnalysis.Of(text);
            Assert.That(TextAnalysis.Of(text), Is.SameAs(first));
            Assert.That(TextAnalysis.Of(copy), Is.Not.SameAs(first));
        }
        Assert.That(counts.Values, Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void Recording_stops_when_disposed()
    {
        IReadOnlyDictionary<string, int> counts;
        using (TextAnalysis.Record(out counts)) { }
        TextAnalysis.Create("Nothing is recorded after the scope.", 0);
        Assert.That(counts, Is.Empty);
    }

    [Test]
    public void The_vector_follows_the_embedder_weights_it_is_asked_for()
    {
        var analysis = TextAnalysis.Create("The ministry banned exports of rare earths.", 0);
        var defaultVector = analysis.VectorFor(TfidfEmbedder.Default);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.VectorFor(TfidfEmbedder.Default), Is.SameAs(defaultVector));
            Assert.That(analysis.VectorFor(new TfidfEmbedder(TfidfEmbedder.Default.Frequencies)), Is.SameAs(defaultVector),
                "one weight table gives one vector");
            Assert.That(defaultVector.Cosine(TfidfEmbedder.Default.Embed("The ministry banned exports of rare earths.")), Is.EqualTo(1).Within(1e-5));
        });
    }
}
