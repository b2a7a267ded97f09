using System.CommandLine;
using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;
using Nomadic.Topology.Cluster.Generation;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic job plan FILE [-var k=v]... [-var-file F]... [--nodes NODES.json | --generate N] [--seed S]
/// [--algorithm binpack|spread] [--json] [--summary]</c>: schedules the job once on a cluster read from a file or
/// generated, and prints the placements and Nomad's failure metrics. Exit codes: <see cref="JobPlanExitCodes"/>.
/// </summary>
internal static class JobPlanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The jobspec: HCL2, HCL JSON, or Nomad API JSON; - for stdin." };
        var vars = new Option<string[]>("-var") { HelpName = "k=v", Description = "Set an input variable: -var name=value (repeatable)." };
        var varFiles = new Option<string[]>("-var-file") { HelpName = "F", Description = "Read input variables from an HCL or JSON file (repeatable)." };
        var nodes = new Option<string>("--nodes") { HelpName = "NODES.json", Description = "A JSON array of Nomad node objects (GET /v1/node/:id), or {\"Nodes\": [...]}." };
        var generate = new Option<int?>("--generate") { HelpName = "N", Description = "Plan on N generated nodes instead (see `nomadic node generate`)." };
        var seed = new Option<ulong>("--seed") { HelpName = "S", Description = "Seeds the node shuffle and the generated cluster. Default 0." };
        var algorithm = new Option<string>("--algorithm") { Description = "binpack (default) or spread.", DefaultValueFactory = _ => "binpack" };
        algorithm.AcceptOnlyFromAmong("binpack", "spread");
        var json = new Option<bool>("--json") { Description = "Print {\"Allocations\": [...], \"FailedTGAllocs\": {...}} as Nomad's API names them." };
        var summary = new Option<bool>("--summary") { Description = "Print only the counts and the time the scheduler took." };
        var command = new Command("plan", "Schedule a job on a cluster (a nodes file or a generated one) and show the placements or why they failed.")
        {
            file, vars, varFiles, nodes, generate, seed, algorithm, json, summary,
        };
        command.SetAction(parseResult => Run(
            new JobPlanInput(
                parseResult.GetValue(file)!,
                parseResult.GetValue(vars) ?? [],
                parseResult.GetValue(varFiles) ?? [],
                parseResult.GetValue(nodes),
                parseResult.GetValue(generate),
                parseResult.GetValue(seed),
                parseResult.GetValue(algorithm) == "spread" ? SchedulerAlgorithm.Spread : SchedulerAlgorithm.BinPack,
                parseResult.GetValue(json),
                parseResult.GetValue(summary)),
            CliEnvironment.Process,
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(JobPlanInput input, CliEnvironment environment, TextWriter output, TextWriter error)
    {
        try
        {
            CheckFlags(input);
            if (JobCommand.Load(input.Path, input.Vars, input.VarFiles, error) is not { } job)
            {
                return JobPlanExitCodes.BadInput;
            }

            if (LoadNodes(input, error) is not { } cluster)
            {
                return JobPlanExitCodes.BadInput;
            }

            var options = new SchedulerOptions { Algorithm = input.Algorithm, Seed = input.Seed };
            var engine = new PlacementEngine(options);
            var request = new PlacementRequest { Job = job, Nodes = cluster };
            var start = environment.Time.GetTimestamp();
            var plan = engine.Plan(request);
            var schedulerTime = environment.Time.GetElapsedTime(start);

            if (input.Summary)
            {
                JobPlanSummary.Write(plan, schedulerTime, output);
            }
            else if (input.Json)
            {
                JobPlanJson.Write(plan, plan.ToAllocations(), output);
            }
            else
            {
                JobPlanText.Write(plan, plan.ToAllocations(), cluster.Count, options, output);
            }

            return plan.FailedTGAllocs.Count == 0 ? JobPlanExitCodes.AllPlaced : JobPlanExitCodes.PlacementFailures;
        }
        catch (CliException ex)
        {
            error.WriteLine($"nomadic: {ex.Message}");
            return JobPlanExitCodes.BadInput;
        }
    }

    private static void CheckFlags(JobPlanInput input)
    {
        if ((input.NodesPath is null) == (input.Generate is null))
        {
            throw new CliException("give the cluster with exactly one of --nodes NODES.json or --generate N");
        }

        if (input.Generate is < 1 or > ClusterGenerationOptions.MaxNodeCount)
        {
            throw new CliException($"--generate takes a node count from 1 to {ClusterGenerationOptions.MaxNodeCount}");
        }

        if (input.Json && input.Summary)
        {
            throw new CliException("--json and --summary cannot be combined");
        }
    }

    private static IReadOnlyList<ClusterNode>? LoadNodes(JobPlanInput input, TextWriter error)
    {
        if (input.Generate is { } count)
        {
            return ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = count, Seed = input.Seed });
        }

        return CliInput.TryRead(input.NodesPath!, error, out var bytes) ? NodesFile.Read(input.NodesPath!, bytes) : null;
    }
}
