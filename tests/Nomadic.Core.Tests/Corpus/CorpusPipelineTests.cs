using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Corpus;

/// <summary>
/// Every jobspec of the shared corpus goes through what <c>nomadic job inspect</c> does: decode, canonicalize,
/// validate, print Nomad API JSON. A file either gets all the way, or is listed in <see cref="CorpusRejections"/>
/// with the rule Nomad 1.7 would stop it with. Nothing is skipped.
/// </summary>
public sealed class CorpusPipelineTests
{
    public static TheoryData<string> Files() => [.. CorpusFiles.Jobspecs];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_jobspec_validates_and_prints_api_json_or_is_rejected_by_its_listed_rule(string relativePath)
    {
        var result = CorpusPipeline.Run(CorpusFiles.FullPath(relativePath));
        var rejection = CorpusRejections.For(relativePath);

        if (rejection is not null)
        {
            Assert.Null(result.ApiJson);
            Assert.Contains(rejection.Rule, result.Describe(), StringComparison.Ordinal);
            return;
        }

        Assert.True(result.ApiJson is not null, result.Describe());
        var reread = NomadApiJson.Deserialize(result.ApiJson!);
        Assert.Equal(result.ApiJson, NomadApiJson.Serialize(new JobDocument { Job = reread }));
    }

    [Fact]
    public void The_corpus_is_present_and_every_listed_rejection_names_one_of_its_files()
    {
        var names = CorpusFiles.Jobspecs.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.True(CorpusFiles.Jobspecs.Count >= 86, $"expected the 86 corpus jobspecs, found {CorpusFiles.Jobspecs.Count}");
        Assert.All(CorpusRejections.All, r => Assert.Contains(r.File, names));
        Assert.Equal(CorpusRejections.All.Count, CorpusRejections.All.Select(r => r.File).Distinct().Count());
        Assert.All(CorpusRejections.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Why)));
    }
}
