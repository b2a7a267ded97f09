using System.Text.Json;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class JobPlanOutputFormatTests : IDisposable
{
    private static readonly string[] AllocationFields = ["ID", "Namespace", "Name", "NodeID", "NodeName", "JobID", "TaskGroup", "AllocatedResources", "Metrics", "DesiredStatus", "ClientStatus"];

    private static readonly string[] MetricFields =
    [
        "NodesEvaluated", "NodesFiltered", "NodesInPool", "NodePool", "NodesAvailable", "ClassFiltered", "ConstraintFiltered",
        "NodesExhausted", "ClassExhausted", "DimensionExhausted", "QuotaExhausted", "ResourcesExhausted", "Scores",
        "AllocationTime", "CoalescedFailures", "ScoreMetaData",
    ];

    private readonly JobPlanRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void Json_has_Nomads_allocation_fields()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], JobPlanRunner.SampleNodes, null, Json: true));

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["Allocations", "FailedTGAllocs"], root.EnumerateObject().Select(p => p.Name));
        Assert.Empty(root.GetProperty("FailedTGAllocs").EnumerateObject());
        var allocations = root.GetProperty("Allocations").EnumerateArray().ToList();
        Assert.Equal(6, allocations.Count);
        Assert.All(allocations, a => Assert.Equal(AllocationFields, a.EnumerateObject().Select(p => p.Name)));
        Assert.All(allocations, a => Assert.Equal(MetricFields, a.GetProperty("Metrics").EnumerateObject().Select(p => p.Name)));

        var cache = allocations.Single(a => a.GetProperty("Name").GetString() == "example.cache[0]");
        Assert.Equal("cache", cache.GetProperty("TaskGroup").GetString());
        Assert.Equal("example", cache.GetProperty("JobID").GetString());
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", cache.GetProperty("ID").GetString());
        var redis = cache.GetProperty("AllocatedResources").GetProperty("Tasks").GetProperty("redis");
        Assert.Equal(4, redis.GetProperty("Cpu").GetProperty("ReservedCores").GetArrayLength());
        Assert.True(redis.GetProperty("Cpu").GetProperty("CpuShares").GetInt64() > 0);
        Assert.Equal(1024, redis.GetProperty("Memory").GetProperty("MemoryMB").GetInt64());
        Assert.True(cache.GetProperty("AllocatedResources").GetProperty("Shared").GetProperty("DiskMB").GetInt64() > 0);
        Assert.Equal(12, cache.GetProperty("Metrics").GetProperty("NodesEvaluated").GetInt32());
    }

    [Fact]
    public void Json_failures_carry_Nomads_metric()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.NumaJob, ["cores=64"], [], JobPlanRunner.SampleNodes, null, Json: true));

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        using var document = JsonDocument.Parse(output);
        Assert.Empty(document.RootElement.GetProperty("Allocations").EnumerateArray());
        var metric = document.RootElement.GetProperty("FailedTGAllocs").GetProperty("solver");
        Assert.Equal(MetricFields, metric.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, metric.GetProperty("NodesEvaluated").GetInt32());
        Assert.Equal(12, metric.GetProperty("NodesExhausted").GetInt32());
        Assert.Equal(2, metric.GetProperty("CoalescedFailures").GetInt32());
        Assert.True(metric.GetProperty("DimensionExhausted").GetProperty("numa-cores").GetInt32() > 0);
    }

    [Fact]
    public void Summary_prints_the_counts_and_the_scheduler_time()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], null, 40, Summary: true));

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^placed 6, failed 0, nodes evaluated [1-9]\d*$", lines[0]);
        Assert.Matches(@"^scheduler: 6 placements in \d+(\.\d+)? ms$", lines[1]);
    }

    [Fact]
    public void Summary_counts_failures()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.NumaJob, ["cores=64"], [], JobPlanRunner.SampleNodes, null, Summary: true));

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        Assert.StartsWith("placed 0, failed 3, nodes evaluated 12", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_summary_cannot_be_combined()
    {
        var (code, _, error) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], JobPlanRunner.SampleNodes, null, Json: true, Summary: true));

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.Contains("--json and --summary", error, StringComparison.Ordinal);
    }
}
