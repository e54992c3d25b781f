using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimDiff.Articles;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Tests.Corpus;

/// <summary>
/// Golden pages written by the team: each <c>Corpus/&lt;case&gt;/input.html</c> must extract to its <c>expected.json</c>.
/// Set <c>CLAIMDIFF_UPDATE_CORPUS=1</c> to rewrite the expectations from the current extractor (then review the diff).
/// </summary>
public class CorpusTests
{
    private const string UpdateSwitch = "CLAIMDIFF_UPDATE_CORPUS";

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static IEnumerable<string> Cases() =>
        Directory.EnumerateDirectories(Path.Combine(TestContext.CurrentContext?.TestDirectory ?? AppContext.BaseDirectory, "Corpus"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Cases))]
    public void Extracts_the_golden_page(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", name);
        var article = new HtmlArticleExtractor().Extract(File.ReadAllText(Path.Combine(folder, "input.html")), "input.html");
        var actual = new JObject
        {
            ["title"] = article.Title,
            ["publisher"] = article.Publisher,
            ["authors"] = new JArray(article.Authors),
            ["published"] = article.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            ["language"] = article.Language,
            ["text"] = article.Text,
        };
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            var target = Path.Combine(SourceFolder(), name, "expected.json");
            File.WriteAllText(target, actual.ToString(Formatting.Indented) + "\n");
            Assert.Pass($"rewrote {target}");
        }
        var expectedPath = Path.Combine(folder, "expected.json");
        Assert.That(File.Exists(expectedPath), Is.True, $"{name} has no expected.json; run with {UpdateSwitch}=1 to write it");
        // Compared as text: parsing would turn the dates into local times. Line endings may differ after a checkout.
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        Assert.That(actual.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal), Is.EqualTo(expected));
    }
}
