using System.Globalization;

namespace Nomadic.Locks.Chaos.Tests.Worker;

/// <summary>The worker's command line: <c>worker ID PATH TTL_SECONDS DELAY_SECONDS FENCE_URL (agent URL | etcd ENDPOINTS)</c>.</summary>
public sealed record ChaosWorkerSettings(string Id, string LockPath, TimeSpan Ttl, TimeSpan Delay, Uri Fence, string Backend, string Target)
{
    public IReadOnlyList<string> ToArguments() =>
        ["worker", Id, LockPath, Ttl.TotalSeconds.ToString(CultureInfo.InvariantCulture), Delay.TotalSeconds.ToString(CultureInfo.InvariantCulture), Fence.ToString(), Backend, Target];

    public static ChaosWorkerSettings Parse(IReadOnlyList<string> args) => new(
        args[1],
        args[2],
        TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture)),
        TimeSpan.FromSeconds(double.Parse(args[4], CultureInfo.InvariantCulture)),
        new Uri(args[5]),
        args[6],
        args[7]);
}
