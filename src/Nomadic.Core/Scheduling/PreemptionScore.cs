namespace Nomadic.Core.Scheduling;

/// <summary>Nomad's <c>PreemptionScoringIterator</c> score: nodes whose preemptions weigh less score higher.</summary>
internal static class PreemptionScore
{
    private const double Rate = 0.0048;
    private const double Origin = 2048.0;

    /// <summary><c>netPriority</c>: the highest priority plus the sum of priorities divided by it.</summary>
    public static double NetPriority(IReadOnlyList<Allocation> preempted)
    {
        double max = 0;
        double sum = 0;
        foreach (var alloc in preempted)
        {
            max = Math.Max(max, alloc.JobPriority);
            sum += alloc.JobPriority;
        }

        return max + (sum / max);
    }

    /// <summary>The logistic score, 0.5 at a net priority of 2048.</summary>
    public static double Of(IReadOnlyList<Allocation> preempted) =>
        1.0 / (1.0 + Math.Exp(Rate * (NetPriority(preempted) - Origin)));
}
