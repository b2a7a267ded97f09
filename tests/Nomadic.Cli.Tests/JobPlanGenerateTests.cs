using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class JobPlanGenerateTests : IDisposable
{
    private readonly JobPlanRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void The_same_seed_gives_the_same_plan()
    {
        var first = Plan(seed: 42);
        var second = Plan(seed: 42);
        var other = Plan(seed: 43);

        Assert.Equal(0, first.Code);
        Assert.Equal(first.Output, second.Output);
        Assert.NotEqual(first.Output, other.Output);
    }

    [Fact]
    public void Generated_nodes_plan_like_the_same_nodes_read_from_a_file()
    {
        var nodes = Generate(50, seed: 9);
        var path = _runner.Write("nodes.json", nodes);

        var fromFile = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, ["web_count=60"], [], path, null, Seed: 9, Json: true));

        Assert.Equal(Plan(seed: 9, count: 50).Output, fromFile.Output);
    }

    [Fact]
    public void The_sample_cluster_is_what_node_generate_prints()
    {
        Assert.Equal(
            File.ReadAllText(JobPlanRunner.SampleNodes).ReplaceLineEndings("\n"),
            Generate(12, seed: 0).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Node_generate_rejects_a_negative_count()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(1, NodeGenerateCommand.Run(-1, 0, output, error));
        Assert.StartsWith("nomadic: ", error.ToString(), StringComparison.Ordinal);
    }

    private (int Code, string Output) Plan(ulong seed, int count = 200)
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, ["web_count=60"], [], null, count, Seed: seed, Json: true));
        return (code, output);
    }

    private static string Generate(int count, ulong seed)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, NodeGenerateCommand.Run(count, seed, output, error));
        return output.ToString();
    }
}
