using ClaimDiff.Fuzz;
using SharpFuzz;

// claimdiff-fuzz TARGET             run under afl-fuzz (tools/fuzz.sh), one input per run on stdin
// claimdiff-fuzz TARGET FILE|DIR... run the target on files and report each that throws (exit code 1 if any does)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ClaimDiff.Fuzz {string.Join('|', FuzzTargets.All.Keys)} [FILE|DIR...]");
    return 2;
}
if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}
var failed = 0;
var files = args.Skip(1).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    try
    {
        target(File.ReadAllBytes(file));
    }
    catch (Exception e)
    {
        failed++;
        Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
    }
}
Console.WriteLine($"{args[0]}: {files.Count} inputs, {failed} failed");
return failed == 0 ? 0 : 1;
