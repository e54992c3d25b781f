using PublicApiGenerator;

namespace ClaimDiff.Tests.PublicApi;

/// <summary>
/// Freezes the public API of the ClaimDiff package: a change to it shows up as a change to the approved text file, to
/// be reviewed. Set CLAIMDIFF_APPROVE_API=1 to rewrite the approved file after an intended change.
/// </summary>
public class PublicApiTests
{
    [Test]
    public void The_public_api_matches_the_approved_text()
    {
        // Compiler-generated state machine names (<ReadAsync>d__10) change whenever a method is added, so they are left out.
        var options = new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
                "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
            ],
        };
        var api = typeof(ClaimDiffer).Assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "PublicApi", "ClaimDiff.approved.txt");
        if (Environment.GetEnvironmentVariable("CLAIMDIFF_APPROVE_API") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "PublicApi", "ClaimDiff.approved.txt"));
            File.WriteAllText(source, api);
            Assert.Pass($"approved API written to {source}");
        }
        Assert.That(File.Exists(approvedPath), Is.True, "no approved API file; run the tests once with CLAIMDIFF_APPROVE_API=1");
        Assert.That(api, Is.EqualTo(File.ReadAllText(approvedPath).ReplaceLineEndings("\n")),
            "The public API changed. If intended, run the tests with CLAIMDIFF_APPROVE_API=1 and review the diff of ClaimDiff.approved.txt.");
    }
}
