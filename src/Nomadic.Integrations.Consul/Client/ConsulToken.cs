namespace Nomadic.Integrations.Consul;

/// <summary>
/// A Consul ACL token's secret. It never shows its value in <see cref="ToString"/>, logs or exception messages; call
/// <see cref="Reveal"/> only where the value must leave the process (the <c>X-Consul-Token</c> header, <c>CONSUL_TOKEN</c>,
/// <c>secrets/consul_token</c>).
/// </summary>
public sealed record ConsulToken
{
    private readonly string _value;

    /// <summary>Wraps a secret ID.</summary>
    /// <param name="value">The secret; not empty.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public ConsulToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>The secret itself.</summary>
    /// <returns>The secret.</returns>
    public string Reveal() => _value;

    /// <summary>Always <c>[redacted]</c>.</summary>
    /// <returns><c>[redacted]</c>.</returns>
    public override string ToString() => "[redacted]";
}
