namespace Nomadic.Identity;

/// <summary>The JWKS <c>Cache-Control</c> value, computed as Nomad's <c>command/agent/keyring_endpoint.go</c> does.</summary>
public static class JwksCacheControl
{
    /// <summary>The floor of the max-age: 15 minutes.</summary>
    public static readonly TimeSpan MinimumMaxAge = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The max-age: with <c>exp = newest key's CreateTime + rotation period</c>, Nomad's <c>ExpiryToRenewTime(exp, now, 15m)</c>:
    /// half the time left plus up to 10% of that, at least 15 minutes (plus its jitter).
    /// <see langword="null"/> when there is no key or no rotation period (Nomad then sends no header).
    /// </summary>
    /// <param name="keys">The published keys.</param>
    /// <param name="rotationPeriod">The rotation period (Nomad's <c>root_key_rotation_threshold</c>).</param>
    /// <param name="now">The current time.</param>
    /// <param name="random">The jitter source.</param>
    /// <returns>The max-age, or <see langword="null"/>.</returns>
    public static TimeSpan? MaxAge(IEnumerable<KeyMetadata> keys, TimeSpan rotationPeriod, DateTimeOffset now, Random random)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var newest = keys.Where(k => k.IsPublished).Select(k => (DateTimeOffset?)k.CreateTime).Max();
        if (newest is not { } created || created.ToUnixTimeSeconds() <= 0 || rotationPeriod <= TimeSpan.Zero)
        {
            return null;
        }

        return RenewalSchedule.ExpiryToRenewTime(created + rotationPeriod, now, MinimumMaxAge, random);
    }

    /// <summary>The header value <c>max-age=&lt;whole seconds&gt;</c>.</summary>
    /// <param name="maxAge">The max-age.</param>
    /// <returns>The header value.</returns>
    public static string HeaderValue(TimeSpan maxAge) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"max-age={(long)maxAge.TotalSeconds}");
}
