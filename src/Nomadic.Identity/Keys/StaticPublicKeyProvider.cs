namespace Nomadic.Identity;

/// <summary>A fixed set of public keys, e.g. a JWKS read with <see cref="JsonWebKeySetReader"/>.</summary>
public sealed class StaticPublicKeyProvider : IPublicKeyProvider
{
    private readonly IReadOnlyList<PublicJwk> _keys;

    /// <summary>Creates the provider.</summary>
    /// <param name="keys">The keys to serve.</param>
    public StaticPublicKeyProvider(IEnumerable<PublicJwk> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = [.. keys];
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PublicJwk>> GetPublicKeysAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_keys);
}
