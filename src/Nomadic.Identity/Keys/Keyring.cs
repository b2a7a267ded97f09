using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Nomadic.Identity;

/// <summary>
/// The signing keyring: one active key signs; a new key is pre-published <see cref="NomadicIdentityOptions.PrepublicationPeriod"/>
/// before it takes over; a replaced key stays published until every token it signed has expired (plus a grace period),
/// then it is retired. <see cref="MaintainAsync"/> moves keys along this timeline at the current <see cref="TimeProvider"/> time.
/// </summary>
public sealed partial class Keyring : IPublicKeyProvider
{
    private readonly IKeyStore _store;
    private readonly NomadicIdentityOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<Keyring> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, long> _observedExpiry = new(StringComparer.Ordinal);
    private IReadOnlyList<KeyMetadata>? _snapshot;
    private PublishedKeys? _published;

    /// <summary>Creates the keyring.</summary>
    /// <param name="store">Where the keys live.</param>
    /// <param name="options">The rotation settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger; default none.</param>
    public Keyring(IKeyStore store, IOptions<NomadicIdentityOptions> options, TimeProvider timeProvider, ILogger<Keyring>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger ?? NullLogger<Keyring>.Instance;
    }

    /// <summary>Every key, retired ones included, in creation order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The keys' metadata.</returns>
    public async ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default) =>
        _snapshot ?? await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<PublicJwk>> GetPublicKeysAsync(CancellationToken cancellationToken = default)
    {
        var keys = await ListAsync(cancellationToken).ConfigureAwait(false);
        var published = Volatile.Read(ref _published);
        if (published is null || !ReferenceEquals(published.Source, keys))
        {
            // Validation asks for every token; the list only changes with the snapshot it comes from.
            published = new PublishedKeys(keys, [.. keys.Where(k => k.IsPublished).Select(k => k.PublicKey)]);
            Volatile.Write(ref _published, published);
        }

        return published.Keys;
    }

    /// <summary>
    /// Brings the keyring up to date: creates the first key, promotes a pre-published key whose time has come, pre-publishes the
    /// next key <see cref="NomadicIdentityOptions.PrepublicationPeriod"/> before the active one is due for rotation, and retires
    /// inactive keys whose tokens have all expired.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The keys after maintenance.</returns>
    public async ValueTask<IReadOnlyList<KeyMetadata>> MaintainAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var keys = await LoadCoreAsync(cancellationToken).ConfigureAwait(false);
            await PromoteDueAsync(keys, now, cancellationToken).ConfigureAwait(false);
            var active = await EnsureActiveAsync(now, cancellationToken).ConfigureAwait(false);
            await PrepublishNextAsync(active, now, cancellationToken).ConfigureAwait(false);
            await RetireExpiredAsync(now, cancellationToken).ConfigureAwait(false);
            await FlushObservedExpiryAsync(cancellationToken).ConfigureAwait(false);
            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Rotates on demand. By default the new key is pre-published and signs after <see cref="NomadicIdentityOptions.PrepublicationPeriod"/>
    /// (a pending pre-published key is brought forward instead of creating another). With <paramref name="immediately"/> the new key signs
    /// at once, as Nomad 1.7's <c>nomad operator root keyring rotate</c> does: use it when a key is compromised.
    /// </summary>
    /// <param name="immediately">Whether the new key signs at once.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new (or brought-forward) key.</returns>
    public async ValueTask<KeyMetadata> RotateAsync(bool immediately = false, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var keys = await LoadCoreAsync(cancellationToken).ConfigureAwait(false);
            var pending = keys.Where(k => k.State == KeyState.Prepublished).ToList();
            KeyMetadata result;
            if (immediately)
            {
                foreach (var key in pending)
                {
                    await _store.DeleteAsync(key.KeyId, cancellationToken).ConfigureAwait(false);
                }

                foreach (var old in keys.Where(k => k.State == KeyState.Active))
                {
                    await DeactivateAsync(old, now, cancellationToken).ConfigureAwait(false);
                }

                result = await _store.CreateAsync(_options.Algorithm, KeyState.Active, now, now, cancellationToken).ConfigureAwait(false);
            }
            else if (pending.Count > 0)
            {
                var activateBy = now + _options.PrepublicationPeriod;
                result = pending[0].ActivateTime > activateBy ? pending[0] with { ActivateTime = activateBy } : pending[0];
                await _store.UpdateAsync(result, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                result = await _store.CreateAsync(_options.Algorithm, KeyState.Prepublished, now, now + _options.PrepublicationPeriod, cancellationToken).ConfigureAwait(false);
            }

            LogRotated(result.KeyId, result.State, result.ActivateTime);
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Retires an inactive key now, e.g. one that signed tokens without <c>exp</c> once the host knows none is in use
    /// (Nomad keeps such keys while a live allocation holds one).
    /// </summary>
    /// <param name="keyId">The key ID.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the key is retired.</returns>
    /// <exception cref="InvalidOperationException">The key is active or pre-published.</exception>
    public async ValueTask RetireAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var keys = await LoadCoreAsync(cancellationToken).ConfigureAwait(false);
            var key = keys.FirstOrDefault(k => k.KeyId == keyId) ?? throw new KeyStoreException($"No key with ID '{keyId}' is stored.");
            if (key.State is KeyState.Active or KeyState.Prepublished)
            {
                throw new InvalidOperationException($"Key '{keyId}' is {key.State}; rotate first, then retire it.");
            }

            await _store.UpdateAsync(key with { State = KeyState.Retired }, cancellationToken).ConfigureAwait(false);
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The active key, running maintenance first when there is none yet.</summary>
    internal async ValueTask<KeyMetadata> GetSigningKeyAsync(CancellationToken cancellationToken)
    {
        var keys = _snapshot ?? await MaintainAsync(cancellationToken).ConfigureAwait(false);
        var active = FindActive(keys);
        if (active is null)
        {
            active = FindActive(await MaintainAsync(cancellationToken).ConfigureAwait(false));
        }

        return active ?? throw new InvalidOperationException("The keyring has no active signing key.");
    }

    /// <summary>Signs with a key of this keyring.</summary>
    internal ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken) =>
        _store.SignAsync(keyId, data, signature, cancellationToken);

    /// <summary>Records the expiry of a token a key signed, so that the key stays published until it passes.</summary>
    internal async ValueTask RecordTokenAsync(KeyMetadata key, DateTimeOffset? expiry, CancellationToken cancellationToken)
    {
        if (expiry is { } exp)
        {
            var seconds = exp.ToUnixTimeSeconds();
            _observedExpiry.AddOrUpdate(key.KeyId, static (_, latest) => latest, static (_, old, latest) => Math.Max(old, latest), seconds);
            return;
        }

        if (!key.SignedTokensWithoutExpiry)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var current = (await LoadCoreAsync(cancellationToken).ConfigureAwait(false)).First(k => k.KeyId == key.KeyId);
                if (!current.SignedTokensWithoutExpiry)
                {
                    await _store.UpdateAsync(current with { SignedTokensWithoutExpiry = true }, cancellationToken).ConfigureAwait(false);
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private static KeyMetadata? FindActive(IReadOnlyList<KeyMetadata> keys)
    {
        KeyMetadata? active = null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].State == KeyState.Active && (active is null || keys[i].ActivateTime > active.ActivateTime))
            {
                active = keys[i];
            }
        }

        return active;
    }

    private async ValueTask<IReadOnlyList<KeyMetadata>> LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<IReadOnlyList<KeyMetadata>> LoadCoreAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        var keys = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        var assumed = _time.GetUtcNow() + _options.MaxTokenLifetime;
        foreach (var active in keys.Where(k => k.State == KeyState.Active))
        {
            // A restart loses the expiries observed since the last flush: assume the longest token was just minted.
            _observedExpiry.AddOrUpdate(active.KeyId, assumed.ToUnixTimeSeconds(), (_, old) => Math.Max(old, assumed.ToUnixTimeSeconds()));
        }

        _snapshot = keys;
        return keys;
    }

    private async ValueTask<IReadOnlyList<KeyMetadata>> RefreshAsync(CancellationToken cancellationToken)
    {
        var keys = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        _snapshot = keys;
        return keys;
    }

    private async ValueTask PromoteDueAsync(IReadOnlyList<KeyMetadata> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = keys.Where(k => k.State == KeyState.Prepublished && k.ActivateTime <= now).OrderBy(k => k.ActivateTime).ToList();
        if (due.Count == 0)
        {
            return;
        }

        foreach (var old in keys.Where(k => k.State == KeyState.Active))
        {
            await DeactivateAsync(old, now, cancellationToken).ConfigureAwait(false);
        }

        // Several due keys (a long outage): the latest signs, the earlier ones never signed and go straight to inactive.
        for (var i = 0; i < due.Count - 1; i++)
        {
            await _store.UpdateAsync(due[i] with { State = KeyState.Inactive, InactiveTime = now }, cancellationToken).ConfigureAwait(false);
        }

        var promoted = due[^1] with { State = KeyState.Active };
        await _store.UpdateAsync(promoted, cancellationToken).ConfigureAwait(false);
        LogPromoted(promoted.KeyId, now);
    }

    private async ValueTask DeactivateAsync(KeyMetadata key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lastExpiry = MergedExpiry(key);
        await _store.UpdateAsync(key with { State = KeyState.Inactive, InactiveTime = now, LastTokenExpiry = lastExpiry }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<KeyMetadata> EnsureActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        var active = FindActive(keys);
        if (active is not null)
        {
            return active;
        }

        active = await _store.CreateAsync(_options.Algorithm, KeyState.Active, now, now, cancellationToken).ConfigureAwait(false);
        LogCreatedActive(active.KeyId, active.Algorithm);
        return active;
    }

    private async ValueTask PrepublishNextAsync(KeyMetadata active, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (keys.Any(k => k.State == KeyState.Prepublished))
        {
            return;
        }

        var rotateAt = (active.ActivateTime ?? active.CreateTime) + _options.RotationPeriod;
        if (now < rotateAt - _options.PrepublicationPeriod)
        {
            return;
        }

        var activateAt = rotateAt < now + _options.PrepublicationPeriod ? now + _options.PrepublicationPeriod : rotateAt;
        var next = await _store.CreateAsync(_options.Algorithm, KeyState.Prepublished, now, activateAt, cancellationToken).ConfigureAwait(false);
        LogRotated(next.KeyId, next.State, next.ActivateTime);
    }

    private async ValueTask RetireExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys.Where(k => k.State == KeyState.Inactive && !k.SignedTokensWithoutExpiry))
        {
            var lastExpiry = MergedExpiry(key) ?? key.InactiveTime ?? now;
            if (lastExpiry + _options.RetirementGracePeriod <= now)
            {
                await _store.UpdateAsync(key with { State = KeyState.Retired, LastTokenExpiry = lastExpiry }, cancellationToken).ConfigureAwait(false);
                _observedExpiry.TryRemove(key.KeyId, out _);
                LogRetired(key.KeyId, now);
            }
        }
    }

    private async ValueTask FlushObservedExpiryAsync(CancellationToken cancellationToken)
    {
        var keys = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys.Where(k => k.State is KeyState.Active or KeyState.Inactive))
        {
            var merged = MergedExpiry(key);
            if (merged != key.LastTokenExpiry)
            {
                await _store.UpdateAsync(key with { LastTokenExpiry = merged }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private DateTimeOffset? MergedExpiry(KeyMetadata key)
    {
        if (!_observedExpiry.TryGetValue(key.KeyId, out var seconds))
        {
            return key.LastTokenExpiry;
        }

        var observed = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return key.LastTokenExpiry is { } stored && stored > observed ? stored : observed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first signing key {KeyId} ({Algorithm})")]
    private partial void LogCreatedActive(string keyId, SigningAlgorithm algorithm);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} is {State}; it signs from {ActivateTime}")]
    private partial void LogRotated(string keyId, KeyState state, DateTimeOffset? activateTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pre-published key {KeyId} started signing at {Now}")]
    private partial void LogPromoted(string keyId, DateTimeOffset now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Key {KeyId} retired at {Now}: every token it signed has expired")]
    private partial void LogRetired(string keyId, DateTimeOffset now);

    private sealed record PublishedKeys(IReadOnlyList<KeyMetadata> Source, IReadOnlyList<PublicJwk> Keys);
}
