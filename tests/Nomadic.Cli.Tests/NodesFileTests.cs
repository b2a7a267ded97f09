using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class NodesFileTests : IDisposable
{
    private readonly JobPlanRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void A_bad_value_is_reported_with_file_line_and_column()
    {
        var path = _runner.Write("nodes.json", "[\n  {\n    \"ID\": \"n1\",\n    \"NodeResources\": { \"Cpu\": { \"CpuShares\": \"lots\" } }\n  }\n]\n");

        var (code, output, error) = Plan(path);

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"nomadic: {path}:4:", line, StringComparison.Ordinal);
        Assert.Matches(@":4:\d+: \$\[0\]\.NodeResources\.Cpu\.CpuShares: ", line);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_JSON_is_reported_with_its_position()
    {
        var path = _runner.Write("nodes.json", "[\n  { \"ID\": \"n1\", }\n  { \"ID\": \"n2\" }\n]\n");

        var (code, _, error) = Plan(path);

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.Matches($@"^nomadic: {System.Text.RegularExpressions.Regex.Escape(path)}:3:\d+: ", error);
    }

    [Fact]
    public void A_missing_file_is_one_line()
    {
        var (code, _, error) = Plan(Path.Combine(_runner.Directory, "absent.json"));

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.StartsWith("nomadic: cannot read ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_wrapped_in_an_object_are_read()
    {
        var array = File.ReadAllText(JobPlanRunner.SampleNodes);
        var path = _runner.Write("wrapped.json", "{\n  \"Index\": 7,\n  \"Nodes\": " + array + "}\n");

        var (code, output, _) = Plan(path);

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        Assert.Contains("on 12 nodes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_inside_a_wrapper_keep_their_position()
    {
        var path = _runner.Write("wrapped.json", "{\"Meta\": {\"a\": 1},\n \"Nodes\": [\n  {\"Name\": 5}\n ]\n}\n");

        var (code, _, error) = Plan(path);

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.Matches(@":3:\d+: \$\[0\]\.Name: ", error);
    }

    private (int Code, string Output, string Error) Plan(string nodes) =>
        _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], nodes, null));
}
