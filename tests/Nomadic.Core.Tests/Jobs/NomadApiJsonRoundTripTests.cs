using CsCheck;
using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Jobs;

public class NomadApiJsonRoundTripTests
{
    private static readonly Gen<Job> Jobs = Gen.Int.Select(seed => new RandomModel(new Random(seed)).Create<Job>());

    [Fact]
    public void Model_to_json_to_model_is_lossless()
    {
        Jobs.Sample(job =>
        {
            var indented = NomadApiJson.Deserialize(NomadApiJson.Serialize(job));
            var compact = NomadApiJson.Deserialize(NomadApiJson.Serialize(job, indented: false));
            return ModelEquality.FirstDifference(job, indented) is null && ModelEquality.FirstDifference(job, compact) is null;
        }, iter: 300);
    }

    [Fact]
    public void Generated_jobs_cover_every_property_somewhere()
    {
        var job = Enumerable.Range(0, 40).Select(seed => new RandomModel(new Random(seed)).Create<Job>())
            .MaxBy(candidate => NomadApiJson.Serialize(candidate).Length)!;
        var json = NomadApiJson.Serialize(job);
        Assert.True(json.Length > 20_000, $"only {json.Length} characters generated");
        Assert.Contains("\"TaskGroups\": [", json);
        var back = NomadApiJson.Deserialize(json);
        Assert.Null(ModelEquality.FirstDifference(job, back));
    }

    [Fact]
    public void Json_is_stable_after_one_round_trip()
    {
        Jobs.Sample(job =>
        {
            var once = NomadApiJson.Serialize(job);
            return once == NomadApiJson.Serialize(NomadApiJson.Deserialize(once));
        }, iter: 100);
    }
}
