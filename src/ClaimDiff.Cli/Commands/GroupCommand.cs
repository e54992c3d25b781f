using System.CommandLine;
using ClaimDiff.Claims;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff group --claims FILE</c>: for each <c>{"id","text"}</c> line, <c>{"id","subject"}</c>.</summary>
internal static class GroupCommand
{
    public static Command Create()
    {
        var claimsFile = new Option<FileInfo>("--claims") { Description = "JSON Lines file of {\"id\",\"text\"} objects.", Required = true };
        var output = CliOptions.Out();
        var command = new Command("group", "Group claims by subject: prints {\"id\",\"subject\"} per claim; the same subject id means the same subject.")
        {
            claimsFile, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var file = parse.GetValue(claimsFile)!;
            if (!file.Exists)
            {
                CliOptions.Warn($"--claims: file not found: {file.FullName}");
                return Task.FromResult(2);
            }
            using var writer = CliOptions.OpenOutput(parse.GetValue(output), [file.FullName]);
            var claims = new List<Claim>();
            var ids = new List<JToken>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (line, json, error) in CliOptions.ReadJsonLines(file))
            {
                var text = json?["text"]?.Type == JTokenType.String ? (string?)json["text"] : null;
                var id = json?["id"];
                if (error is not null || text is null || id is null)
                {
                    CliOptions.Warn(error ?? $"line {line} needs an \"id\" and a string \"text\"; skipped");
                    continue;
                }
                if (!seen.Add(id.ToString()))
                {
                    CliOptions.Warn($"line {line}: duplicate id {id}; skipped");
                    continue;
                }
                ids.Add(id);
                claims.Add(new Claim { Id = "c" + claims.Count, ArticleId = "input", Text = text, Content = text, Source = "input" });
            }
            var subjects = ClaimDiffer.Default.SubjectGrouper.Group(claims, cancellationToken);
            var subjectOf = subjects.SelectMany(s => s.ClaimIds.Select(c => (c, s.Id))).ToDictionary(x => x.c, x => x.Id);
            for (var i = 0; i < claims.Count; i++)
                CliOptions.WriteLine(writer, new JObject { ["id"] = ids[i].DeepClone(), ["subject"] = subjectOf[claims[i].Id] });
            writer.Commit();
            return Task.FromResult(0);
        });
        return command;
    }
}
