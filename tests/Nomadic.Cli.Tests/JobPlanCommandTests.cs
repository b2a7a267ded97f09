using System.Text.RegularExpressions;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class JobPlanCommandTests : IDisposable
{
    private readonly JobPlanRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void The_sample_job_is_placed_on_the_sample_nodes()
    {
        var (code, output, error) = _runner.OnSampleNodes(JobPlanRunner.SampleJob);

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        Assert.Empty(error);
        Assert.Contains("Job \"example\" on 12 nodes (binpack, seed 0)", output, StringComparison.Ordinal);
        Assert.Contains("Task Group \"web\": 4 placed, 0 failed", output, StringComparison.Ordinal);
        Assert.Contains("Task Group \"cache\": 2 placed, 0 failed", output, StringComparison.Ordinal);
        Assert.Matches(@"example\.cache\[0\] → \S+ \(dc\d, cores [\d,-]+ on NUMA node \d\)", output);
        Assert.Matches(@"example\.web\[3\] → \S+ \(dc\d, 500 MHz, 256 MB\)", output);
        Assert.EndsWith("Scheduler dry-run:\n- All tasks successfully allocated.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_group_is_spread_over_racks()
    {
        var (_, output, _) = _runner.OnSampleNodes(JobPlanRunner.SampleJob);

        var racks = Regex.Matches(output, @"example\.web\[\d\] → (dc\d-r\d)-").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, racks.Count);
        Assert.Equal(4, racks.Distinct().Count());
    }

    [Fact]
    public void A_long_listing_is_capped()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, ["web_count=25"], [], null, 30));

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        Assert.Contains("example.web[9] → ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("example.web[10] → ", output, StringComparison.Ordinal);
        Assert.Contains("  … and 15 more", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_cores_on_one_NUMA_node_fails_with_Nomad_metrics()
    {
        var (code, output, _) = _runner.OnSampleNodes(JobPlanRunner.NumaJob, "cores=64");

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        Assert.Contains("- WARNING: Failed to place all allocations.", output, StringComparison.Ordinal);
        Assert.Contains("  Task Group \"solver\" (failed to place 3 allocations):", output, StringComparison.Ordinal);
        Assert.Contains("    * Resources exhausted on 12 nodes", output, StringComparison.Ordinal);
        Assert.Matches(@"    \* Dimension ""numa-cores"" exhausted on [1-9]\d* nodes", output);
        Assert.Matches(@"    \* Class ""highmem"" exhausted on [1-9]\d* nodes", output);
    }

    [Fact]
    public void Too_much_memory_is_reported_as_the_memory_dimension()
    {
        var job = _runner.Write("big.nomad.hcl", Job("resources {\n        memory = 4000000\n      }"));

        var (code, output, _) = _runner.OnSampleNodes(job);

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        Assert.Contains("  Task Group \"g\" (failed to place 1 allocation):", output, StringComparison.Ordinal);
        Assert.Contains("    * Dimension \"memory\" exhausted on 12 nodes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constraint_no_node_satisfies_filters_every_node()
    {
        var job = _runner.Write("windows.nomad.hcl", Job("resources {\n        cpu = 100\n      }", "constraint {\n    attribute = \"${attr.kernel.name}\"\n    value = \"windows\"\n  }"));

        var (code, output, _) = _runner.OnSampleNodes(job);

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        Assert.Contains("    * Constraint \"${attr.kernel.name} = windows\": 12 nodes excluded by filter", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_driver_is_reported_as_a_constraint()
    {
        var job = _runner.Write("java.nomad.hcl", Job("resources {\n        cpu = 100\n      }").Replace("\"docker\"", "\"java\"", StringComparison.Ordinal));

        var (code, output, _) = _runner.OnSampleNodes(job);

        Assert.Equal(JobPlanExitCodes.PlacementFailures, code);
        Assert.Contains("    * Constraint \"missing drivers\": 12 nodes excluded by filter", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_jobspec_exits_1_with_positions()
    {
        var job = _runner.Write("bad.nomad.hcl", "job \"web\" {\n  group \"g\" {\n    count = -1\n    task \"t\" {\n      driver = \"docker\"\n    }\n  }\n}\n");

        var (code, output, error) = _runner.OnSampleNodes(job);

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Contains(job + ":3,5-15: Invalid job; TaskGroups[0].Count:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, 5)]
    [InlineData(false, 0)]
    public void The_cluster_comes_from_exactly_one_of_nodes_or_generate(bool nodes, int? generate)
    {
        var (code, _, error) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], nodes ? JobPlanRunner.SampleNodes : null, generate));

        Assert.Equal(JobPlanExitCodes.BadInput, code);
        Assert.StartsWith("nomadic: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void The_spread_algorithm_is_named_in_the_header()
    {
        var (code, output, _) = _runner.Run(new JobPlanInput(JobPlanRunner.SampleJob, [], [], JobPlanRunner.SampleNodes, null, Seed: 3, Algorithm: Core.Scheduling.SchedulerAlgorithm.Spread));

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        Assert.Contains("(spread, seed 3)", output, StringComparison.Ordinal);
    }

    private static string Job(string resources, string constraint = "") => $$"""
        job "impossible" {
          datacenters = ["dc*"]
          {{constraint}}
          group "g" {
            task "t" {
              driver = "docker"
              config {
                image = "busybox"
              }
              {{resources}}
            }
          }
        }
        """;
}
