using System.IO.Compression;
using System.Text;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

public class WordNetLexiconTests
{
    private static WordNetLexicon Lexicon => WordNetLexicon.Default;

    [TestCase("ran", "running", "Same")]
    [TestCase("men", "man", "Same")]
    [TestCase("car", "automobile", "Synonym")]
    [TestCase("dog", "animal", "Hypernym")]
    [TestCase("man", "person", "Hypernym")]
    [TestCase("animal", "dogs", "Hyponym")]
    [TestCase("man", "woman", "Antonym")]
    [TestCase("rising", "fell", "Antonym")]
    [TestCase("dog", "cat", "Sibling")]
    [TestCase("guitar", "piano", "Sibling")]
    [TestCase("dog", "idea", "None")]
    [TestCase("xyzzyq", "dog", "None")]
    public void Relates_words_as_written(string first, string second, string expected)
        => Assert.That(Lexicon.Relate(first, second).ToString(), Is.EqualTo(expected));

    [Test]
    public void Loads_fast_enough_and_knows_common_words()
    {
        Assert.That(Lexicon.SynsetCount, Is.GreaterThan(50_000));
        Assert.That(Lexicon.Knows("sleeping"), Is.True);
        Assert.That(Lexicon.Knows("the"), Is.False);
    }

    [TestCase("running", 38)] // verb.motion, though "running" is also a noun
    [TestCase("women", 18)] // noun.person
    [TestCase("xyzzyq", -1)]
    public void Knows_what_kind_of_thing_a_word_names(string word, int category)
        => Assert.That(Lexicon.Category(word), Is.EqualTo(category));

    [Test]
    public void Reports_where_a_lexicon_is_malformed()
    {
        var ex = Assert.Throws<ModelLoadException>(() => WordNetLexicon.Load(Gzip("# header\nS\t5\t\nL\tdog\tq\t0\n")));
        Assert.That(ex!.Message, Does.Contain("line 3").And.Contain("part of speech"));
    }

    [Test]
    public void Rejects_a_lexicon_that_names_an_undefined_synset()
        => Assert.Throws<ModelLoadException>(() => WordNetLexicon.Load(Gzip("S\t5\t\nL\tdog\tn\t7\n")));

    private static MemoryStream Gzip(string text)
    {
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text));
        buffer.Position = 0;
        return buffer;
    }
}
