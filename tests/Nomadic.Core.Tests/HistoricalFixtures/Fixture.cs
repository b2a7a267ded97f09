using Nomadic.Core.Jobs;
using Nomadic.Core.Jobspec;
using Nomadic.Core.Tests.Corpus;

namespace Nomadic.Core.Tests.HistoricalFixtures;

/// <summary>
/// Decodes one of Nomad's historical jobspec fixtures (hashicorp/nomad <c>jobspec/test-fixtures</c>, MPL-2.0), kept in
/// the shared corpus under <c>jobspecs/nomad-fixtures</c>. The tests beside this compare the decoded, not yet
/// canonicalized job with the <c>api.Job</c> that <c>jobspec/parse_test.go</c> expected (last version: e8d203e7ce,
/// before #23912 removed it). Nomad 1.7's <c>jobspec2</c> test <c>TestEquivalentToHCL1</c> asserted the same
/// <c>api.Job</c> for every fixture both parsers accept, so these are jobspec2's values too; where HCL2 differs the
/// test says so.
/// </summary>
internal static class Fixture
{
    public static Job Decode(string name)
    {
        var result = Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions
        {
            Path = CorpusFiles.FullPath(Path.Combine("jobspecs", "nomad-fixtures", name)),
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.IsType<Job>(result.Job);
    }

    /// <summary>The single group's single task of a fixture.</summary>
    public static JobTask OnlyTask(Job job) => Assert.Single(Assert.Single(job.TaskGroups!).Tasks!);

    /// <summary>The single group's single service of a fixture.</summary>
    public static Service OnlyGroupService(Job job) => Assert.Single(Assert.Single(job.TaskGroups!).Services!);
}
