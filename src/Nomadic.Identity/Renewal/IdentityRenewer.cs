using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nomadic.Identity;

/// <summary>
/// Keeps one task's workload identities fresh, as Nomad 1.7's client does (<c>widmgr</c> and the task runner's identity
/// hook): mints every identity block at start, delivers each token (environment and/or <c>secrets/</c> file, as the block
/// asks), renews each identity with a TTL at half its remaining lifetime plus up to 10% (at least 10 s), and raises
/// <see cref="IdentityChanged"/> with the block's <c>change_mode</c> after each renewal has been delivered.
/// </summary>
/// <remarks>
/// <para>Failures after start never throw: a mint or delivery that fails raises <see cref="RenewalFailed"/> and is tried
/// again after Nomad's backoff (20 s, 40 s, 80 s, ... up to 1 h, plus up to 10 s). Like Nomad, the first delivery fires no
/// change event, identities without a TTL are never re-minted, and a key rotation takes effect at each identity's next
/// renewal (the old key stays published until its tokens expire). Unlike Nomad, which renews all of an allocation's
/// identities together when the earliest is due (firing every identity's change_mode), each identity is renewed on its own
/// schedule.</para>
/// <para>Event handlers run on the renewal loop; an exception from a handler is logged and does not stop renewals.</para>
/// </remarks>
public sealed class IdentityRenewer : IAsyncDisposable
{
    private readonly WorkloadIdentityIssuer _issuer;
    private readonly RenewalSlot[] _slots;
    private readonly string? _secretsDirectory;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _state = new();
    private IReadOnlyDictionary<string, string> _environment = new Dictionary<string, string>(StringComparer.Ordinal);
    private Task? _loop;
    private bool _started;
    private bool _disposed;

    /// <summary>Creates the renewer; nothing is minted before <see cref="StartAsync"/>.</summary>
    /// <param name="issuer">Mints the tokens.</param>
    /// <param name="workload">The task the tokens are for (region, namespace, job, group, task, allocation, Consul/Vault fields); its
    /// <see cref="WorkloadIdentityRequest.IdentityName"/>, <see cref="WorkloadIdentityRequest.Audience"/> and <see cref="WorkloadIdentityRequest.Ttl"/>
    /// are replaced by each block's.</param>
    /// <param name="identities">The task's identity blocks.</param>
    /// <param name="secretsDirectory">The task's <c>secrets</c> directory; required when a block has <c>file = true</c>.</param>
    /// <param name="timeProvider">The clock of the renewal schedule.</param>
    /// <param name="random">The jitter source; <see cref="Random.Shared"/> when <see langword="null"/>.</param>
    /// <param name="logger">Logs renewals and failures (never tokens).</param>
    /// <exception cref="ArgumentException">A block breaks Nomad's rules (duplicate name, ttl on the default identity, change_signal without
    /// change_mode "signal" or the reverse, file without a secrets directory).</exception>
    public IdentityRenewer(
        WorkloadIdentityIssuer issuer,
        WorkloadIdentityRequest workload,
        IReadOnlyList<TaskIdentity> identities,
        string? secretsDirectory,
        TimeProvider timeProvider,
        Random? random = null,
        ILogger<IdentityRenewer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var blocks = TaskIdentityRules.Canonicalize(identities, secretsDirectory);
        _slots = new RenewalSlot[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            _slots[i] = new RenewalSlot(block, workload with { IdentityName = block.Name, Audience = block.Audience, Ttl = block.Renews ? block.Ttl : null });
        }

        _issuer = issuer;
        _secretsDirectory = secretsDirectory;
        _time = timeProvider;
        _random = random ?? Random.Shared;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Raised after a renewed token has been delivered; carries the block's <c>change_mode</c> and <c>change_signal</c>. Not raised at start.</summary>
    public event EventHandler<IdentityChangedEventArgs>? IdentityChanged;

    /// <summary>Raised when a renewal failed; the renewer tries again after <see cref="IdentityRenewalFailedEventArgs.RetryIn"/>.</summary>
    public event EventHandler<IdentityRenewalFailedEventArgs>? RenewalFailed;

    /// <summary>
    /// The task's token variables (<c>NOMAD_TOKEN</c>, <c>NOMAD_TOKEN_&lt;name&gt;</c>) for the blocks with <c>env = true</c>, with the
    /// latest tokens: an immutable snapshot, replaced on every renewal. A running process keeps the environment it was started
    /// with, so only <see cref="IdentityChangeMode.Restart"/> brings a renewed value to the task (Nomad warns about env without it).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => Volatile.Read(ref _environment);

    /// <summary>The latest token of an identity.</summary>
    /// <param name="identityName">The identity's name.</param>
    /// <returns>The token, or <see langword="null"/> before <see cref="StartAsync"/> or for an unknown name.</returns>
    public SignedIdentity? GetToken(string identityName)
    {
        lock (_state)
        {
            foreach (var slot in _slots)
            {
                if (string.Equals(slot.Identity.Name, identityName, StringComparison.Ordinal))
                {
                    return slot.Current;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Mints and delivers every identity (no change events), then starts renewing in the background. Like Nomad's
    /// <c>widmgr.Run</c>, a failure here is thrown: a task must not start without its identities.
    /// </summary>
    /// <param name="cancellationToken">Cancels the initial minting.</param>
    /// <returns>A task that completes once every identity has been delivered.</returns>
    /// <exception cref="InvalidOperationException">Already started (a start that failed may be tried again).</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_state)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                throw new InvalidOperationException("The identity renewer has already been started.");
            }

            _started = true;
        }

        try
        {
            foreach (var slot in _slots)
            {
                var token = await _issuer.MintAsync(slot.Request, cancellationToken).ConfigureAwait(false);
                await DeliverAsync(slot, token, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            lock (_state)
            {
                _started = false;
            }

            throw;
        }

        lock (_state)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        }
    }

    /// <summary>Stops renewing and waits for a renewal in progress to end. Tokens and files already delivered stay.</summary>
    /// <returns>A task that completes when the renewal loop has ended.</returns>
    public async Task StopAsync()
    {
        Task? loop;
        lock (_state)
        {
            loop = _loop;
            if (!_stop.IsCancellationRequested)
            {
                _stop.Cancel();
            }
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }
    }

    /// <summary>Stops renewing (<see cref="StopAsync"/>) and releases the renewer.</summary>
    /// <returns>A task that completes when the renewer has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        lock (_state)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (NextDue() is { } due)
            {
                var wait = due - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }

                var now = _time.GetUtcNow();
                foreach (var slot in _slots)
                {
                    if (slot.Due is { } slotDue && slotDue <= now)
                    {
                        await RenewAsync(slot, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private DateTimeOffset? NextDue()
    {
        DateTimeOffset? earliest = null;
        foreach (var slot in _slots)
        {
            if (slot.Due is { } due && (earliest is null || due < earliest))
            {
                earliest = due;
            }
        }

        return earliest;
    }

    private async Task RenewAsync(RenewalSlot slot, CancellationToken cancellationToken)
    {
        string? file;
        SignedIdentity token;
        try
        {
            token = await _issuer.MintAsync(slot.Request, cancellationToken).ConfigureAwait(false);
            file = await DeliverAsync(slot, token, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            slot.Failures++;
            var retryIn = RenewalSchedule.IdentityRetryDelay(slot.Failures, _random);
            slot.Due = _time.GetUtcNow() + retryIn;
            RenewalLog.RenewalFailed(_logger, error, slot.Identity.Name, slot.Failures, retryIn);
            Raise(RenewalFailed, slot, new IdentityRenewalFailedEventArgs(slot.Identity, error, slot.Failures, retryIn));
            return;
        }

        slot.Failures = 0;
        RenewalLog.Renewed(_logger, slot.Identity.Name, token.KeyId, slot.Due);
        Raise(IdentityChanged, slot, new IdentityChangedEventArgs(slot.Identity, token, file));
    }

    /// <summary>Writes the file, then publishes the token, the environment and the next due time.</summary>
    private async Task<string?> DeliverAsync(RenewalSlot slot, SignedIdentity token, CancellationToken cancellationToken)
    {
        string? file = null;
        if (slot.Identity.File)
        {
            file = await IdentityDelivery.WriteTokenFileAsync(_secretsDirectory!, slot.Identity.Name, token.Token, cancellationToken).ConfigureAwait(false);
        }

        var now = _time.GetUtcNow();
        lock (_state)
        {
            slot.Current = token;
            slot.Due = slot.Identity.Renews && token.ExpiresAt is { } expiry
                ? now + RenewalSchedule.IdentityRenewalDelay(expiry, now, _random)
                : null;
            if (slot.Identity.Env)
            {
                var environment = new Dictionary<string, string>(_environment, StringComparer.Ordinal)
                {
                    [IdentityDelivery.EnvironmentVariableName(slot.Identity.Name)] = token.Token,
                };
                Volatile.Write(ref _environment, environment);
            }
        }

        return file;
    }

    private void Raise<T>(EventHandler<T>? handler, RenewalSlot slot, T args)
    {
        if (handler is null)
        {
            return;
        }

        try
        {
            handler(this, args);
        }
        catch (Exception error)
        {
            RenewalLog.HandlerFailed(_logger, error, slot.Identity.Name);
        }
    }
}
