using System.Globalization;
using Nomadic.Core.Scheduling;

namespace Nomadic.Cli.Commands;

/// <summary>
/// The human output of <c>nomadic job plan</c>: each group's placements (capped for big runs), then Nomad's
/// "Scheduler dry-run" section with the failure metrics of every group that could not be fully placed.
/// </summary>
internal static class JobPlanText
{
    /// <summary>Placements listed per group before "… and N more".</summary>
    public const int MaxListedPerGroup = 10;

    public static void Write(PlacementPlan plan, IReadOnlyList<Allocation> allocations, int nodeCount, SchedulerOptions options, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var job = plan.Job;
        output.WriteLine(string.Create(c, $"Job \"{job.ID}\" on {nodeCount} nodes ({options.Algorithm.ToString().ToLowerInvariant()}, seed {options.Seed})"));
        var groups = job.TaskGroups ?? [];
        for (var g = 0; g < groups.Count; g++)
        {
            var name = groups[g].Name ?? string.Empty;
            var placed = new List<int>();
            for (var i = 0; i < allocations.Count; i++)
            {
                if (plan.Placements[i].GroupIndex == g)
                {
                    placed.Add(i);
                }
            }

            var failed = plan.FailedTGAllocs.TryGetValue(name, out var metric) ? metric.CoalescedFailures + 1 : 0;
            output.WriteLine();
            output.WriteLine(string.Create(c, $"Task Group \"{name}\": {placed.Count} placed, {failed} failed"));
            foreach (var i in placed.Take(MaxListedPerGroup))
            {
                output.WriteLine($"  {allocations[i].Name} → {PlacementText.Describe(allocations[i], plan.NodeOf(plan.Placements[i]))}");
                if (allocations[i].PreemptedAllocations.Count > 0)
                {
                    output.WriteLine($"    preempts {string.Join(", ", allocations[i].PreemptedAllocations)}");
                }
            }

            if (placed.Count > MaxListedPerGroup)
            {
                output.WriteLine(string.Create(c, $"  … and {placed.Count - MaxListedPerGroup} more"));
            }
        }

        output.WriteLine();
        WriteDryRun(plan, output);
    }

    /// <summary>Nomad's <c>formatDryRun</c> wording.</summary>
    private static void WriteDryRun(PlacementPlan plan, TextWriter output)
    {
        output.WriteLine("Scheduler dry-run:");
        if (plan.FailedTGAllocs.Count == 0)
        {
            output.WriteLine("- All tasks successfully allocated.");
            return;
        }

        output.WriteLine(plan.Job.Type == "system"
            ? "- WARNING: Failed to place allocations on all nodes."
            : "- WARNING: Failed to place all allocations.");
        foreach (var (group, metric) in plan.FailedTGAllocs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var noun = metric.CoalescedFailures > 0 ? "allocations" : "allocation";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Task Group \"{group}\" (failed to place {metric.CoalescedFailures + 1} {noun}):"));
            foreach (var line in AllocMetricText.Lines(metric))
            {
                output.WriteLine("    " + line);
            }
        }
    }
}
