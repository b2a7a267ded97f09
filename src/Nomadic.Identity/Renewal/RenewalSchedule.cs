namespace Nomadic.Identity;

/// <summary>When to renew a credential, as Nomad 1.7's <c>helper.ExpiryToRenewTime</c> decides.</summary>
public static class RenewalSchedule
{
    /// <summary>The minimum wait of workload identity renewal (the client's <c>widmgr</c>): 10 seconds.</summary>
    public static readonly TimeSpan MinimumIdentityWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Half the time left until <paramref name="expiry"/>, plus a random stagger of up to 10% of that half; when the half is under
    /// <paramref name="minimumWait"/> (including an expiry in the past), <paramref name="minimumWait"/> plus up to 10% of it.
    /// </summary>
    /// <param name="expiry">When the credential expires.</param>
    /// <param name="now">The current time.</param>
    /// <param name="minimumWait">The floor.</param>
    /// <param name="random">The jitter source (inject a seeded one in tests).</param>
    /// <returns>How long to wait before renewing.</returns>
    public static TimeSpan ExpiryToRenewTime(DateTimeOffset expiry, DateTimeOffset now, TimeSpan minimumWait, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var renewAt = (expiry - now) / 2;
        var wait = renewAt < minimumWait ? minimumWait : renewAt;
        return wait + Stagger(wait / 10, random);
    }

    /// <summary>When to renew a workload identity: <see cref="ExpiryToRenewTime"/> with the 10 s minimum.</summary>
    /// <param name="expiry">The token's <c>exp</c>.</param>
    /// <param name="now">The current time.</param>
    /// <param name="random">The jitter source.</param>
    /// <returns>How long to wait before renewing.</returns>
    public static TimeSpan IdentityRenewalDelay(DateTimeOffset expiry, DateTimeOffset now, Random random) =>
        ExpiryToRenewTime(expiry, now, MinimumIdentityWait, random);

    /// <summary>The longest wait between failed identity renewals: 1 hour, as in Nomad 1.7's <c>widmgr</c>.</summary>
    public static readonly TimeSpan MaximumIdentityRetryWait = TimeSpan.FromHours(1);

    /// <summary>
    /// How long to wait after the <paramref name="attempt"/>-th failed renewal in a row, as Nomad 1.7's <c>widmgr</c> does:
    /// 2^attempt × 10 s (20 s, 40 s, 80 s, ...), at most 1 hour, plus a random stagger of up to 10 s.
    /// </summary>
    /// <param name="attempt">The number of consecutive failures, from 1.</param>
    /// <param name="random">The jitter source.</param>
    /// <returns>How long to wait before trying again.</returns>
    public static TimeSpan IdentityRetryDelay(int attempt, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentNullException.ThrowIfNull(random);
        var backoff = attempt >= 20 ? MaximumIdentityRetryWait : MinimumIdentityWait * (1L << attempt);
        if (backoff > MaximumIdentityRetryWait)
        {
            backoff = MaximumIdentityRetryWait;
        }

        return backoff + Stagger(MinimumIdentityWait, random);
    }

    /// <summary>A uniformly random duration in [0, <paramref name="limit"/>), like Nomad's <c>helper.RandomStagger</c>; zero for a non-positive limit.</summary>
    private static TimeSpan Stagger(TimeSpan limit, Random random) =>
        limit <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(random.NextInt64(limit.Ticks));
}
