using System.Globalization;
using Nomadic.Core.Scheduling;

namespace Nomadic.Cli.Commands;

/// <summary><c>--summary</c>: the counts, then <c>scheduler: N placements in X ms</c> (the time of the plan alone).</summary>
internal static class JobPlanSummary
{
    public static void Write(PlacementPlan plan, TimeSpan schedulerTime, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        long evaluated = 0;
        foreach (ref readonly var placement in plan.Placements)
        {
            evaluated += placement.NodesEvaluated;
        }

        var failed = 0;
        foreach (var metric in plan.FailedTGAllocs.Values)
        {
            evaluated += metric.NodesEvaluated;
            failed += metric.CoalescedFailures + 1;
        }

        output.WriteLine(string.Create(c, $"placed {plan.PlacedCount}, failed {failed}, nodes evaluated {evaluated}"));
        output.WriteLine(string.Create(c, $"scheduler: {plan.PlacedCount} placements in {schedulerTime.TotalMilliseconds:0.###} ms"));
    }
}
