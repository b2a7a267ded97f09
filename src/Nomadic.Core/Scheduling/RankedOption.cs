namespace Nomadic.Core.Scheduling;

/// <summary>A candidate that passed feasibility and fit, with its final (mean) score.</summary>
internal readonly record struct RankedOption(int Candidate, double Score)
{
    public static readonly RankedOption None = new(-1, double.NegativeInfinity);

    public bool IsValid => Candidate >= 0;
}
