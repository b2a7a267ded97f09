namespace Nomadic.Core.Scheduling;

/// <summary>How nodes are ranked by their free resources (Nomad's <c>SchedulerAlgorithm</c>).</summary>
public enum SchedulerAlgorithm
{
    /// <summary>Best fit: fill the fullest node that still fits (<c>ScoreFitBinPack</c>). Nomad's default.</summary>
    BinPack = 0,

    /// <summary>Worst fit: prefer the emptiest node (<c>ScoreFitSpread</c>).</summary>
    Spread = 1,
}
