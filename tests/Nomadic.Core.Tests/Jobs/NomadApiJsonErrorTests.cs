using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Jobs;

public class NomadApiJsonErrorTests
{
    [Theory]
    [InlineData("""{"Job":{"TaskGroups":[{"Count":"three"}]}}""", "$.Job.TaskGroups[0].Count")]
    [InlineData("""{"Job":{"TaskGroups":[{"Tasks":[{"KillTimeout":"5s"}]}]}}""", "$.Job.TaskGroups[0].Tasks[0].KillTimeout")]
    [InlineData("""{"Job":{"TaskGroups":[{"Tasks":[{"KillTimeout":1.5}]}]}}""", "$.Job.TaskGroups[0].Tasks[0].KillTimeout")]
    [InlineData("""{"Job":{"Datacenters":"dc1"}}""", "$.Job.Datacenters")]
    [InlineData("""{"Job":{"TaskGroups":[{"Tasks":[{"Driver":null}]}]}}""", "$.Job.TaskGroups[0].Tasks[0].Driver")]
    [InlineData("""{"Job":{"Priority":99999999999}}""", "$.Job.Priority")]
    public void Wrong_types_name_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Deserialize(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message);
        Assert.NotNull(ex.LineNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"Job": {"ID": "x",""")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("""{"Job": null}""")]
    [InlineData("""{"Job": 5}""")]
    [InlineData("not json")]
    public void Malformed_documents_give_a_typed_error(string json)
    {
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Deserialize(json));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void Deep_nesting_in_input_is_reported_not_a_crash()
    {
        var depth = 100_000;
        var json = "{\"Job\":{\"TaskGroups\":[{\"Tasks\":[{\"Config\":{\"a\":" + new string('[', depth) + new string(']', depth) + "}}]}]}}";
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Deserialize(json));
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deep_or_self_containing_config_is_reported_on_write()
    {
        var loop = new Dictionary<string, object?>();
        loop["self"] = loop;
        var job = new Job { TaskGroups = [new TaskGroup { Tasks = [new JobTask { Config = loop }] }] };
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Serialize(job));
        Assert.Contains("nested deeper", ex.Message);
    }

    [Fact]
    public void Unsupported_config_values_are_reported_on_write()
    {
        var job = new Job { TaskGroups = [new TaskGroup { Tasks = [new JobTask { Config = new Dictionary<string, object?> { ["when"] = new Version(1, 2) } }] }] };
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Serialize(job));
        Assert.Contains("Version", ex.Message);
    }

    [Fact]
    public void Durations_beyond_go_range_are_reported_on_write()
    {
        var job = new Job { TaskGroups = [new TaskGroup { ShutdownDelay = TimeSpan.MaxValue }] };
        var ex = Assert.Throws<NomadJsonException>(() => NomadApiJson.Serialize(job));
        Assert.Contains("292 years", ex.Message);
    }
}
