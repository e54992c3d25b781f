using Newtonsoft.Json.Linq;

namespace ClaimDiff.Tests.Cli;

public class CliUsageTests
{
    private static Process.Result Claimdiff(params string[] args) => Process.Run("ClaimDiff.Cli.dll", args);

    [Test]
    public void Exits_non_zero_with_a_one_line_reason_on_an_unknown_command()
    {
        var result = Claimdiff("frobnicate");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("frobnicate"));
        });
    }

    [TestCase("--help", "claimdiff [command] [options]")]
    [TestCase("analyze --help", "claimdiff analyze <PATH>... [options]")]
    public void Help_is_under_the_tools_own_name(string args, string usage)
    {
        var result = Claimdiff(args.Split(' '));
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout, Does.Contain(usage).And.Not.Contain("ClaimDiff.Cli"));
    }

    [TestCase(new[] { "analyse", "x.txt" }, "unknown command 'analyse' (did you mean 'analyze'?)")]
    [TestCase(new[] { "evaluate", "storie" }, "unknown command 'storie' (did you mean 'stories'?)")]
    [TestCase(new[] { "analyze", "x.txt", "--fromat", "md" }, "unknown option '--fromat' (did you mean '--format'?)")]
    [TestCase(new[] { "claims", "--nonsense-flag", "x.txt" }, "unknown option '--nonsense-flag'")]
    public void A_misspelt_command_or_option_exits_2_naming_the_nearest(string[] args, string expected)
    {
        var result = Claimdiff(args);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain(expected));
            Assert.That(result.Stdout, Is.Empty);
        });
    }

    [Test]
    public void Analyze_that_reads_no_article_says_so_and_exits_1()
    {
        using var folder = new Process.TempFolder();
        var empty = folder.Write("empty/notes.md", "not an article");
        var missing = Claimdiff("analyze", Path.Combine(folder.Path, "nosuchfile.txt"));
        var none = Claimdiff("analyze", Path.GetDirectoryName(empty)!);
        Assert.Multiple(() =>
        {
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Stderr, Does.Contain("file not found").And.Contain("none of the 1 inputs could be analysed"));
            Assert.That((JArray)JObject.Parse(missing.Stdout)["articles"]!, Has.Count.EqualTo(1), "the report still lists the failure");
            Assert.That(none.ExitCode, Is.EqualTo(1));
            Assert.That(none.Stderr, Does.Contain("no article found"));
        });
    }

    [TestCase("extract")]
    [TestCase("claims")]
    public void Extract_and_claims_that_read_no_article_exit_1_and_one_that_reads_one_exits_0(string verb)
    {
        using var folder = new Process.TempFolder();
        var article = folder.Write("one.txt", "Port reopens\nThe port of Kelmouth reopened on Monday after a two-week strike, the harbour authority said.");
        var missing = Claimdiff(verb, Path.Combine(folder.Path, "nosuchfile.txt"));
        var none = Claimdiff(verb, folder.Write("empty/notes.md", "not an article") is var md ? Path.GetDirectoryName(md)! : "");
        var mixed = Claimdiff(verb, article, Path.Combine(folder.Path, "nosuchfile.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Stderr, Does.Contain("file not found").And.Contain("none of the 1 inputs could be read"));
            Assert.That(none.ExitCode, Is.EqualTo(1));
            Assert.That(none.Stderr, Does.Contain("no article found"));
            Assert.That(mixed.ExitCode, Is.Zero, mixed.Stderr);
            Assert.That(mixed.Stderr, Does.Contain("file not found"));
        });
    }

    [TestCase("evaluate")]
    [TestCase("train")]
    public void Checkworthiness_exits_non_zero_with_a_one_line_reason_when_the_data_folder_is_missing(string verb)
    {
        var missing = Path.Combine(Path.GetTempPath(), "claimdiff-no-data-" + Guid.NewGuid());
        var result = verb == "train"
            ? Claimdiff("train", "checkworthiness", "--data", missing, "--out", Path.Combine(missing, "model.zip"))
            : Claimdiff("evaluate", "checkworthiness", "--data", missing);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("claimbuster"));
        });
    }

    [Test]
    public void Evaluate_relations_exits_non_zero_naming_the_sets_it_knows()
    {
        var result = Claimdiff("evaluate", "relations", "--data", "no-such-folder", "--set", "snli-dev");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr, Does.Contain("snli-dev").And.Contain("emergent-headlines-unseen"));
        });
    }

    [Test]
    public void Evaluate_stories_names_the_file_and_the_field_of_a_broken_story()
    {
        using var folder = new Process.TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "01-x.json"), """{"story": "x", "articles": [], "discrepancies": [], "agreements": [{"first": {}}]}""");
        var result = Claimdiff("evaluate", "stories", "--stories", folder.Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("01-x.json").And.Contain("agreements[0].first lacks the string \"article\""));
        });
    }

    [Test]
    public void Evaluate_stories_with_pairs_classifies_every_pair_of_a_story_and_ranks_them()
    {
        using var folder = new Process.TempFolder();
        folder.Write("01-ferry.json", """
            {"story": "Ferry delay", "articles": [
              {"id": "a", "publisher": "Coast News", "text": "The ferry to Elm Island was delayed by 40 minutes on Monday, the operator said. Tickets will be refunded."},
              {"id": "b", "publisher": "Island Radio", "text": "The ferry to Elm Island was delayed by 95 minutes on Monday, the operator said. The harbour reopened at noon."}],
             "discrepancies": [{"type": "numeric", "first": {"article": "a", "quote": "delayed by 40 minutes"}, "second": {"article": "b", "quote": "delayed by 95 minutes"}}],
             "agreements": []}
            """);
        var pairs = Path.Combine(folder.Path, "pairs.tsv");
        var result = Claimdiff("evaluate", "stories", "--stories", folder.Path, "--pairs", pairs);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(result.Stdout, Does.Contain("every pair of one story").And.Contain("recall 0.6 at precision"));
            Assert.That(File.ReadLines(pairs).Skip(1).Count(line => line.Contains("\tdiscrepancy\tnumeric\t")), Is.EqualTo(1));
        });
    }

    [TestCase("--sample-fraction", "0", "between 0.1 and 1")]
    [TestCase("--trees", "0", "between 1 and 10000")]
    public void Train_exits_non_zero_naming_a_setting_out_of_range(string option, string value, string range)
    {
        var result = Claimdiff("train", "--data", "no-such-folder", "--out", "no-such-folder", option, value);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr, Does.Contain(option).And.Contain(range));
        });
    }

    [Test]
    public void Train_exits_non_zero_naming_an_unknown_training_source()
    {
        var result = Claimdiff("train", "--data", "no-such-folder", "--out", "no-such-folder", "--sources", "snli", "wikipedia");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr, Does.Contain("wikipedia").And.Contain("fnc1"));
        });
    }

    [Test]
    public void Claims_exits_non_zero_with_a_one_line_reason_when_the_check_worthiness_file_is_not_a_model()
    {
        using var folder = new Process.TempFolder();
        folder.Write("model.zip", "not a model");
        folder.Write("a.txt", "Headline here\nThe ministry said the ban applies only to military users.");
        var result = Claimdiff("claims", "--check-worthiness", System.IO.Path.Combine(folder.Path, "model.zip"), System.IO.Path.Combine(folder.Path, "a.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("check-worthiness model"));
        });
    }

    [TestCase("--discrepancy-threshold", "2")]
    [TestCase("--subject-threshold", "-0.5")]
    [TestCase("--min-claim-similarity", "1.5")]
    public void Exits_non_zero_with_a_one_line_reason_on_a_threshold_outside_zero_to_one(string option, string value)
    {
        var result = Claimdiff("analyze", "nothing.txt", option, value);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain(option).And.Contain("between 0 and 1"));
        });
    }

    [Test]
    public void Exits_non_zero_with_a_one_line_reason_on_an_unknown_embedder()
    {
        var result = Claimdiff("analyze", "nothing.txt", "--embedder", "word2vec");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("word2vec"));
        });
    }

    [Test]
    public void The_MiniLM_embedder_is_refused_with_a_reason_where_its_model_is_not_installed()
    {
        using var folder = new Process.TempFolder();
        Assert.Multiple(() =>
        {
            Assert.That(ClaimDiff.Cli.Commands.CliOptions.MiniLmMissing(folder.Path), Does.Contain("not installed with this tool"));
            Assert.That(ClaimDiff.Cli.Commands.CliOptions.MiniLmMissing(TestContext.CurrentContext.TestDirectory), Is.Null, "the tests run beside the model");
        });
    }

    [Test]
    public void Analyze_with_the_MiniLM_embedder_reports_subjects_and_its_embedding_time()
    {
        using var folder = new Process.TempFolder();
        var path = folder.Write("story.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday. Officials said the harbour reopens next Monday.");
        var result = Claimdiff("analyze", path, "--embedder", "minilm");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(JObject.Parse(result.Stdout)["subjects"], Is.Not.Empty);
            Assert.That(result.Stderr, Does.Contain("embedded with MiniLM"));
        });
    }

    [Test]
    public void Analyze_with_the_cross_encoder_compares_claims_with_it()
    {
        using var folder = new Process.TempFolder();
        folder.Write("1.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday.");
        folder.Write("2.txt", "Harbour update\nOfficials said the harbour will not reopen on Monday.");
        var result = Claimdiff("analyze", folder.Path, "--classifier", "cross-encoder");
        var lexical = Claimdiff("analyze", folder.Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(lexical.ExitCode, Is.Zero, lexical.Stderr);
            Assert.That(((JArray)JObject.Parse(result.Stdout)["claims"]!).Count, Is.EqualTo(2));
            Assert.That(JObject.Parse(result.Stdout)["claims"], Is.EqualTo(JObject.Parse(lexical.Stdout)["claims"]), "the classifier changes the comparison only");
        });
    }

    [Test]
    public void Analyze_with_fact_subjects_reports_the_cross_encoders_verdict()
    {
        using var folder = new Process.TempFolder();
        folder.Write("1.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday.");
        folder.Write("2.txt", "Harbour update\nOfficials said the harbour will not reopen on Monday.");
        var result = Claimdiff("analyze", folder.Path, "--subjects", "facts");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var report = JObject.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(((JArray)report["subjects"]!).Count, Is.EqualTo(1));
            Assert.That(((JArray)report["discrepancies"]!).Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void Out_is_checked_before_the_work_and_never_replaces_an_input()
    {
        using var folder = new Process.TempFolder();
        var input = folder.Write("1.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday.");
        var cases = new[]
        {
            (Out: folder.Path, Reason: "is a folder"),
            (Out: Path.Combine(folder.Path, "missing", "report.json"), Reason: "does not exist"),
            (Out: input, Reason: "is also an input"),
        };
        foreach (var (output, reason) in cases)
        {
            var result = Claimdiff("analyze", input, "--out", output);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(2), output);
                Assert.That(result.Stderr.Trim(), Does.StartWith("claimdiff: --out:").And.Contain(reason));
                Assert.That(result.Stderr, Does.Not.Contain(" at "), "no stack trace");
            });
        }
        Assert.That(File.ReadAllText(input), Does.StartWith("Harbour news"));
    }

    [Test]
    public void Out_replaces_an_existing_file_with_the_complete_result_and_leaves_no_temporary_file()
    {
        using var folder = new Process.TempFolder();
        var input = folder.Write("1.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday.");
        var output = folder.Write("report.json", "old");
        var result = Claimdiff("analyze", input, "--out", output);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(JObject.Parse(File.ReadAllText(output))["claims"], Is.Not.Empty);
            Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "1.txt", "report.json" }));
        });
    }

    [Test]
    public void Analyze_keeps_an_article_with_a_duplicate_id_as_an_error_and_analyses_the_rest()
    {
        using var folder = new Process.TempFolder();
        folder.Write("a.json", """[{"id": "1", "text": "The port authority said the harbour will reopen on Monday."}]""");
        folder.Write("b.json", """[{"id": "1", "text": "Officials said the harbour will stay closed until Friday."}, {"id": "2", "text": "The mayor said the harbour will reopen on Monday morning."}]""");
        var result = Claimdiff("analyze", folder.Path);
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var articles = (JArray)JObject.Parse(result.Stdout)["articles"]!;
        Assert.Multiple(() =>
        {
            Assert.That(articles, Has.Count.EqualTo(3));
            Assert.That(articles.Count(a => a["error"]?.Type == JTokenType.String && ((string)a["error"]!).Contains("duplicate article id '1'")), Is.EqualTo(1));
            Assert.That(articles.Select(a => (string?)a["id"]), Is.Unique);
            Assert.That(result.Stderr, Does.Contain("duplicate article id"));
        });
    }

    [Test]
    public void Evaluate_session_adds_articles_one_at_a_time_and_checks_the_result_against_a_one_shot_analysis()
    {
        using var folder = new Process.TempFolder();
        folder.Write("1.txt", "Harbour news\nThe port authority said the harbour will reopen on Monday.");
        folder.Write("2.txt", "Harbour update\nOfficials said the harbour will stay closed until Friday.");
        var result = Claimdiff("evaluate", "session", folder.Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(result.Stdout, Does.Contain("2 articles added one at a time").And.Contain("after     2 articles").And.Contain("same report: yes"));
        });
    }

    [Test]
    public void Exits_non_zero_when_a_required_option_is_missing()
    {
        var result = Claimdiff("compare");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Stderr, Does.Contain("--pairs"));
        });
    }

    [Test]
    public void Extract_reports_a_bad_file_and_still_prints_the_good_one()
    {
        using var folder = new Process.TempFolder();
        folder.Write("good.txt", "Headline here\nThe ministry said the ban applies only to military users.");
        folder.Write("empty.txt", "");
        var result = Claimdiff("extract", folder.Path);
        var lines = result.Stdout.Trim().Split('\n').Select(JObject.Parse).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(lines, Has.Count.EqualTo(2));
            Assert.That(lines.Select(l => Path.GetFileName((string)l["path"]!)), Is.EqualTo(new[] { "empty.txt", "good.txt" }));
            Assert.That((string?)lines[0]["error"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)lines[1]["title"], Is.EqualTo("Headline here"));
            Assert.That(lines[1]["error"]!.Type, Is.EqualTo(JTokenType.Null));
            Assert.That(result.Stderr, Does.Contain("empty.txt"));
        });
    }

    [Test]
    public void Claims_prints_every_contract_field_with_offsets_that_slice_the_text()
    {
        using var folder = new Process.TempFolder();
        const string body = "Japan's Ministry of Foreign Affairs said on Friday that the controls were unacceptable. About 60% of supply comes from one country.";
        var path = folder.Write("story.txt", "Headline\n" + body);
        var result = Claimdiff("claims", path);
        var claims = result.Stdout.Trim().Split('\n').Select(JObject.Parse).ToList();
        Assert.That(claims, Has.Count.EqualTo(2));
        foreach (var claim in claims)
        {
            foreach (var field in new[] { "id", "article", "text", "source", "cue", "modality", "polarity", "quantities", "dates", "entities", "start", "end" })
                Assert.That(claim.ContainsKey(field), Is.True, field);
            Assert.That(body[(int)claim["start"]!..(int)claim["end"]!], Is.EqualTo((string)claim["text"]!));
        }
        Assert.That((string?)claims[0]["source"], Is.EqualTo("Japan's Ministry of Foreign Affairs"));
    }

    [Test]
    public void Compare_takes_two_texts_on_the_command_line_and_needs_exactly_two_or_a_pairs_file()
    {
        var result = Claimdiff("compare", "The steel plant will close next year.", "The steel plant will not close next year.");
        var one = Claimdiff("compare", "The steel plant will close next year.");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That((string?)JObject.Parse(result.Stdout.Trim())["label"], Is.EqualTo("contradiction"));
            Assert.That((int?)JObject.Parse(result.Stdout.Trim())["id"], Is.EqualTo(1));
            Assert.That(one.ExitCode, Is.EqualTo(2));
            Assert.That(one.Stderr, Does.Contain("two texts"));
        });
    }

    [Test]
    public void Compare_gives_each_pair_a_label_and_the_spans_that_conflict()
    {
        using var folder = new Process.TempFolder();
        const string a = "The steel plant will close next year.", b = "The steel plant will not close next year.";
        var path = folder.Write("pairs.jsonl", $$"""{"id":"p1","a":"{{a}}","b":"{{b}}"}""");

        var result = Claimdiff("compare", "--pairs", path);

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var json = JObject.Parse(result.Stdout.Trim());
        var evidence = (JObject)json["evidence"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["label"], Is.EqualTo("contradiction"));
            Assert.That((string?)json["type"], Is.EqualTo("negation"));
            Assert.That((string?)evidence["type"], Is.EqualTo("negation"));
            Assert.That(b[(int)evidence["second"]![0]!..(int)evidence["second"]![1]!], Does.Contain("not"));
            Assert.That(a[(int)evidence["first"]![0]!..(int)evidence["first"]![1]!], Does.Contain("close"));
        });
    }

    [Test]
    public void Group_gives_claims_about_the_same_thing_the_same_subject()
    {
        using var folder = new Process.TempFolder();
        var path = folder.Write("claims.jsonl", string.Join("\n",
            """{"id":"1","text":"Magnet exports to Japanese carmakers were restricted."}""",
            """{"id":"2","text":"Penguins huddle together for warmth in winter."}""",
            """not json""",
            """{"id":"3","text":"Restrictions on magnet exports hit Japanese carmakers."}"""));
        var result = Claimdiff("group", "--claims", path);
        var subjects = result.Stdout.Trim().Split('\n').Select(JObject.Parse).ToDictionary(j => (string)j["id"]!, j => (string)j["subject"]!);
        Assert.Multiple(() =>
        {
            Assert.That(subjects.Keys, Is.EquivalentTo(new[] { "1", "2", "3" }));
            Assert.That(subjects["1"], Is.EqualTo(subjects["3"]));
            Assert.That(subjects["2"], Is.Not.EqualTo(subjects["1"]));
            Assert.That(result.Stderr, Does.Contain("line 3"));
        });
    }

    [Test]
    public void Evaluate_relations_scores_a_json_pairs_file_and_names_a_bad_line()
    {
        using var folder = new Process.TempFolder();
        var good = folder.Write("pairs.jsonl", string.Join("\n",
            """{"a": "The steel plant will close next year.", "b": "The steel plant will not close next year.", "label": "contradiction"}""",
            """{"a": "The steel plant will close next year.", "b": "A cat slept on the sofa all afternoon.", "label": "unrelated"}"""));
        var bad = folder.Write("bad.jsonl", """{"a": "One.", "b": "Two.", "label": "maybe"}""");

        var result = Claimdiff("evaluate", "relations", "--pairs", good);
        var fast = Claimdiff("evaluate", "relations", "--pairs", good, "--fast");
        var failed = Claimdiff("evaluate", "relations", "--pairs", bad);
        var neither = Claimdiff("evaluate", "relations");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(result.Stdout, Does.Contain("set: pairs.jsonl, classifier: cross-encoder").And.Contain("pairs: 2").And.Contain("macro-F1"));
            Assert.That(fast.Stdout, Does.Contain("classifier: cross-encoder (--fast)").And.Contain("pairs: 2"));
            Assert.That(failed.ExitCode, Is.EqualTo(2));
            Assert.That(failed.Stderr, Does.Contain("bad.jsonl:1").And.Contain("maybe"));
            Assert.That(neither.ExitCode, Is.Not.Zero);
            Assert.That(neither.Stderr, Does.Contain("--set").And.Contain("--pairs"));
        });
    }

    [Test]
    public void Compare_uses_the_lexical_classifier_when_asked()
    {
        using var folder = new Process.TempFolder();
        var path = folder.Write("pairs.jsonl", """{"id":"p1","a":"Revenue rose 5% in May.","b":"Revenue fell 5% in May."}""");

        var lexical = Claimdiff("compare", "--pairs", path, "--classifier", "lexical");
        var unknown = Claimdiff("compare", "--pairs", path, "--classifier", "oracle");

        Assert.Multiple(() =>
        {
            Assert.That(lexical.ExitCode, Is.Zero, lexical.Stderr);
            Assert.That((string?)JObject.Parse(lexical.Stdout.Trim())["label"], Is.AnyOf("contradiction", "agreement", "neutral", "unrelated"));
            Assert.That(unknown.ExitCode, Is.Not.Zero);
            Assert.That(unknown.Stderr, Does.Contain("oracle"));
        });
    }

    [Test]
    public void Evaluate_relations_writes_each_pairs_prediction_when_asked()
    {
        var data = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../../shared/data"));
        if (!File.Exists(Path.Combine(data, "nli", "snli_test.tsv")))
            Assert.Ignore($"SNLI is not at {data}; this test needs ../shared/data.");
        using var folder = new Process.TempFolder();
        var output = Path.Combine(folder.Path, "predictions.tsv");

        var result = Claimdiff("evaluate", "relations", "--data", data, "--set", "snli-test", "--limit", "20", "--predictions", output);

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var lines = File.ReadAllLines(output);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(21));
            Assert.That(lines[0], Does.StartWith("index\tgold\tpredicted\tcontradiction\tagreement\tneutral\tunrelated"));
            Assert.That(lines[1].Split('\t')[1], Is.AnyOf("contradiction", "agreement", "neutral"));
        });
    }
}
