using System.Buffers;
using Microsoft.Extensions.Options;
using Nomadic.Identity.Internal;

namespace Nomadic.Identity;

/// <summary>Mints workload identity JWTs with Nomad 1.7's claims and header, signed by the keyring's active key.</summary>
public sealed class WorkloadIdentityIssuer
{
    private const int MaxSignatureSize = 256;
    private readonly Keyring _keyring;
    private readonly NomadicIdentityOptions _options;
    private readonly TimeProvider _time;
    private CachedHeader? _header;

    /// <summary>Creates the issuer.</summary>
    /// <param name="keyring">The keyring that signs.</param>
    /// <param name="options">The issuer (<c>iss</c>) and lifetime limit.</param>
    /// <param name="timeProvider">The clock for <c>iat</c>, <c>nbf</c> and <c>exp</c>.</param>
    public WorkloadIdentityIssuer(Keyring keyring, IOptions<NomadicIdentityOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _keyring = keyring;
        _options = options.Value;
        _time = timeProvider;
    }

    /// <summary>Mints a token for <paramref name="request"/>.</summary>
    /// <param name="request">The workload and identity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The signed token and its claims.</returns>
    /// <exception cref="ArgumentException">The request is incomplete or its TTL exceeds <see cref="NomadicIdentityOptions.MaxTokenLifetime"/>.</exception>
    public async ValueTask<SignedIdentity> MintAsync(WorkloadIdentityRequest request, CancellationToken cancellationToken = default)
    {
        WorkloadIdentityRequestValidator.Validate(request, _options.MaxTokenLifetime);
        var key = await _keyring.GetSigningKeyAsync(cancellationToken).ConfigureAwait(false);
        var claims = WorkloadIdentityClaims.For(request, _time.GetUtcNow(), _options.Issuer, Guid.NewGuid().ToString("D"));
        var token = await SignAsync(key, claims, cancellationToken).ConfigureAwait(false);
        await _keyring.RecordTokenAsync(key, claims.Expiry, cancellationToken).ConfigureAwait(false);
        return new SignedIdentity(token, key.KeyId, claims);
    }

    /// <summary>
    /// Mints a token for <paramref name="request"/> and writes it to <paramref name="destination"/> as UTF-8 (the token is ASCII),
    /// without creating a string: the same token <see cref="MintAsync"/> returns, for callers that send or store bytes
    /// (an HTTP body, a file) and want to stay allocation-light.
    /// </summary>
    /// <param name="request">The workload and identity.</param>
    /// <param name="destination">Receives the token's bytes (about 900 for RS256).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The signing key, the claims, and how many bytes were written.</returns>
    /// <exception cref="ArgumentException">The request is incomplete or its TTL exceeds <see cref="NomadicIdentityOptions.MaxTokenLifetime"/>.</exception>
    public async ValueTask<Utf8SignedIdentity> MintUtf8Async(WorkloadIdentityRequest request, IBufferWriter<byte> destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        WorkloadIdentityRequestValidator.Validate(request, _options.MaxTokenLifetime);
        var key = await _keyring.GetSigningKeyAsync(cancellationToken).ConfigureAwait(false);
        var claims = WorkloadIdentityClaims.For(request, _time.GetUtcNow(), _options.Issuer, Guid.NewGuid().ToString("D"));
        int written;
        using (var jws = new JwsCompact(HeaderSegment(key), JwtWriter.WriteClaims(claims), MaxSignatureSize))
        {
            var signature = await _keyring.SignAsync(key.KeyId, jws.SigningInput, jws.SignatureDestination, cancellationToken).ConfigureAwait(false);
            written = jws.WriteToken(signature, destination);
        }

        await _keyring.RecordTokenAsync(key, claims.Expiry, cancellationToken).ConfigureAwait(false);
        return new Utf8SignedIdentity(key.KeyId, claims, written);
    }

    private async ValueTask<string> SignAsync(KeyMetadata key, WorkloadIdentityClaims claims, CancellationToken cancellationToken)
    {
        using var jws = new JwsCompact(HeaderSegment(key), JwtWriter.WriteClaims(claims), MaxSignatureSize);
        var written = await _keyring.SignAsync(key.KeyId, jws.SigningInput, jws.SignatureDestination, cancellationToken).ConfigureAwait(false);
        return jws.ToToken(written);
    }

    private byte[] HeaderSegment(KeyMetadata key)
    {
        var cached = Volatile.Read(ref _header);
        if (cached is null || !string.Equals(cached.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            cached = new CachedHeader(key.KeyId, JwtWriter.HeaderSegment(key.PublicKey.Alg, key.KeyId));
            Volatile.Write(ref _header, cached);
        }

        return cached.Segment;
    }

    private sealed record CachedHeader(string KeyId, byte[] Segment);
}
