namespace Nomadic.Integrations.Vault;

/// <summary>
/// A Vault token. It never shows its value in <see cref="ToString"/>, logs or exception messages; call <see cref="Reveal"/>
/// only where the value must leave the process (the <c>X-Vault-Token</c> header, <c>VAULT_TOKEN</c>, <c>secrets/vault_token</c>).
/// </summary>
public sealed class VaultToken : IEquatable<VaultToken>
{
    private readonly string _value;

    /// <summary>Wraps a token value.</summary>
    /// <param name="value">The token; not empty.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public VaultToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>The token value itself.</summary>
    /// <returns>The secret.</returns>
    public string Reveal() => _value;

    /// <summary>Always <c>[redacted]</c>.</summary>
    /// <returns><c>[redacted]</c>.</returns>
    public override string ToString() => "[redacted]";

    /// <inheritdoc />
    public bool Equals(VaultToken? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VaultToken);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
