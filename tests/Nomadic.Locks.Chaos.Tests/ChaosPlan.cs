namespace Nomadic.Locks.Chaos.Tests;

/// <summary>What the chaos run does to the competing processes, and when (after how many acquisitions).</summary>
public enum ChaosAction
{
    KillHolder,
    StopHolder,
    KillStoreMember,
}

/// <summary>The run's bounds and schedule; the run ends at <see cref="Acquisitions"/> or <see cref="TimeLimit"/>, whichever is first.</summary>
public sealed record ChaosPlan(int Workers, int Acquisitions, TimeSpan Ttl, TimeSpan LockDelay, TimeSpan TimeLimit, IReadOnlyList<(int After, ChaosAction Action)> Schedule)
{
    public static ChaosPlan Default(bool withStoreFault) => new(
        Workers: 4,
        Acquisitions: 220,
        Ttl: TimeSpan.FromSeconds(10), // Nomad's minimum TTL, enforced by every store
        LockDelay: TimeSpan.FromSeconds(1),
        TimeLimit: TimeSpan.FromMinutes(5),
        Schedule:
        [
            (20, ChaosAction.KillHolder),
            (45, ChaosAction.StopHolder),
            (70, ChaosAction.KillHolder),
            .. withStoreFault ? [(95, ChaosAction.KillStoreMember)] : Array.Empty<(int, ChaosAction)>(),
            (110, ChaosAction.StopHolder),
            (140, ChaosAction.KillHolder),
        ]);
}
