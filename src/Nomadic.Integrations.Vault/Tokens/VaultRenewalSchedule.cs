namespace Nomadic.Integrations.Vault;

/// <summary>When Nomad's client renews a Vault token: half the lease, ± up to 10 seconds of jitter for leases of 30 seconds and more.</summary>
public static class VaultRenewalSchedule
{
    private static readonly TimeSpan Jitter = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan NoJitterBelow = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Minimum = TimeSpan.FromSeconds(1);

    /// <summary>The wait before renewing a token whose lease is <paramref name="leaseDuration"/>.</summary>
    /// <param name="leaseDuration">The lease Vault granted.</param>
    /// <param name="random">The jitter source.</param>
    /// <returns>The wait, at least one second.</returns>
    public static TimeSpan RenewalDelay(TimeSpan leaseDuration, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var half = leaseDuration / 2;
        if (leaseDuration >= NoJitterBelow)
        {
            half += TimeSpan.FromTicks(random.NextInt64(-Jitter.Ticks, Jitter.Ticks + 1));
        }

        return half < Minimum ? Minimum : half;
    }
}
