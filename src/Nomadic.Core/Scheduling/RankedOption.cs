namespace Nomadic.Core.Scheduling;

/// <summary>
/// A candidate that passed feasibility and fit, with its final (mean) score and, when it fits only by preempting,
/// the index of those preemptions in the run's pending list (-1 otherwise).
/// </summary>
internal readonly record struct RankedOption(int Candidate, double Score, int Preemptions = -1)
{
    public static readonly RankedOption None = new(-1, double.NegativeInfinity);

    public bool IsValid => Candidate >= 0;
}
