using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nomadic.Locks;

/// <summary>
/// Campaigns for a variable lock and runs work only while holding it. Unlike Nomad's Go lock leaser, which lets the
/// protected function run on after a renewal is rejected, the work's token is cancelled the moment the lease can
/// no longer be trusted, and the elector waits for the work to stop before it campaigns again.
/// </summary>
public sealed class LeaderElector : ILeadership
{
    /// <summary>The item of the lock variable holding the leader's instance ID: <c>leader</c>.</summary>
    public const string LeaderItemKey = "leader";

    private readonly Lock _gate = new();
    private readonly IVariableStore _store;
    private readonly LeaderElectionOptions _options;
    private readonly VariableDistributedLock _lock;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private LeadershipTerm? _term;
    private string? _leader;
    private int _running;

    /// <summary>Creates an elector.</summary>
    /// <param name="store">The store holding the election's lock variable.</param>
    /// <param name="options">The election's options.</param>
    /// <param name="timeProvider">The local clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">The logger; none when <see langword="null"/>.</param>
    /// <exception cref="InvalidVariableException">The path, namespace, TTL or delay break Nomad's rules.</exception>
    public LeaderElector(IVariableStore store, LeaderElectionOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.InstanceId);
        _store = store;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _lock = new VariableDistributedLock(store, options.LockPath, new VariableLockOptions
        {
            Namespace = options.Namespace,
            Ttl = options.LockTtl,
            LockDelay = options.LockDelay,
            Items = new Dictionary<string, string> { [LeaderItemKey] = options.InstanceId },
        }, _timeProvider, _logger);
    }

    /// <inheritdoc />
    public event EventHandler<LeadershipEventArgs>? Elected;

    /// <inheritdoc />
    public event EventHandler<LeadershipEventArgs>? Demoted;

    /// <inheritdoc />
    public event EventHandler<LeaderChangedEventArgs>? LeaderChanged;

    /// <inheritdoc />
    public string LockPath => _lock.Path;

    /// <inheritdoc />
    public string InstanceId => _options.InstanceId;

    /// <inheritdoc />
    public bool IsLeader => CurrentTerm is not null;

    /// <inheritdoc />
    public LeadershipTerm? CurrentTerm
    {
        get
        {
            lock (_gate)
            {
                return _term;
            }
        }
    }

    /// <inheritdoc />
    public string? CurrentLeader
    {
        get
        {
            lock (_gate)
            {
                return _leader;
            }
        }
    }

    /// <summary>
    /// Campaigns until <paramref name="cancellationToken"/> is cancelled or the work returns on its own, running
    /// <paramref name="work"/> during each term. A term ends when the lease is lost (the work's token is cancelled at
    /// once), when the work throws (campaigning resumes after <see cref="LeaderElectionOptions.FailureBackoff"/>),
    /// or when the work returns (the lock is released and the election ends for this instance).
    /// </summary>
    /// <param name="work">The leader's work for one term.</param>
    /// <param name="cancellationToken">Stops campaigning; a running term is ended and the lock released.</param>
    /// <returns>A task that completes when the instance stopped campaigning.</returns>
    /// <exception cref="InvalidOperationException">The elector is already running.</exception>
    public async Task RunAsync(Func<LeadershipTerm, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException($"The election of '{LockPath}' is already running.");
        }

        using var observing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var observer = ObserveAsync(observing.Token);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                IDistributedLockHandle handle;
                try
                {
                    handle = await _lock.AcquireAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // a store failure while campaigning is retried after the back-off
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    ElectionLog.CampaignFailed(_logger, exception, LockPath);
                    await BackOffAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var outcome = await LeadAsync(handle, work, cancellationToken).ConfigureAwait(false);
                if (outcome == TermOutcome.Completed)
                {
                    return;
                }

                if (outcome == TermOutcome.Failed)
                {
                    await BackOffAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await observing.CancelAsync().ConfigureAwait(false);
            await observer.ConfigureAwait(false);
            Interlocked.Exchange(ref _running, 0);
        }
    }

    private async Task<TermOutcome> LeadAsync(IDistributedLockHandle handle, Func<LeadershipTerm, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using (handle.ConfigureAwait(false))
        {
            var term = new LeadershipTerm
            {
                Namespace = _options.Namespace,
                LockPath = LockPath,
                InstanceId = InstanceId,
                FencingToken = handle.FencingToken,
                ElectedAt = _timeProvider.GetUtcNow(),
            };
            using var termCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            lock (_gate)
            {
                _term = term;
            }

            ElectionLog.Elected(_logger, InstanceId, LockPath, term.FencingToken);
            Raise(Elected, new LeadershipEventArgs(term));
            SetLeader(InstanceId);

            // Cancel the work first, then tell the world: the worker's token fires the moment the lease is lost.
            using var onLost = handle.LostToken.Register(() =>
            {
                termCancellation.Cancel();
                EndTerm(term);
            });

            TermOutcome outcome;
            try
            {
                await work(term, termCancellation.Token).ConfigureAwait(false);
                outcome = termCancellation.IsCancellationRequested ? TermOutcome.Ended : TermOutcome.Completed;
            }
            catch (OperationCanceledException) when (termCancellation.IsCancellationRequested)
            {
                outcome = TermOutcome.Ended;
            }
#pragma warning disable CA1031 // the worker's failure ends the term; it is logged and the instance campaigns again
            catch (Exception exception)
#pragma warning restore CA1031
            {
                ElectionLog.WorkerFailed(_logger, exception, LockPath);
                outcome = TermOutcome.Failed;
            }

            EndTerm(term);
            return outcome;
        }
    }

    private void EndTerm(LeadershipTerm term)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_term, term))
            {
                return;
            }

            _term = null;
        }

        ElectionLog.Demoted(_logger, InstanceId, LockPath, term.FencingToken);
        Raise(Demoted, new LeadershipEventArgs(term));
    }

    private async Task ObserveAsync(CancellationToken cancellationToken)
    {
        ulong seen = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var variable = await _store.GetAsync(_options.Namespace, LockPath, cancellationToken).ConfigureAwait(false);
                SetLeader(variable?.Lock is null ? null : variable.Items.GetValueOrDefault(LeaderItemKey));
                seen = Math.Max(seen, variable?.ModifyIndex ?? 0);
                seen = await _store.WatchAsync(_options.Namespace, LockPath, seen, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // observation is best effort; it retries after the back-off
            catch (Exception exception)
#pragma warning restore CA1031
            {
                ElectionLog.ObserveFailed(_logger, exception, LockPath);
                await BackOffAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void SetLeader(string? leader)
    {
        lock (_gate)
        {
            if (string.Equals(_leader, leader, StringComparison.Ordinal))
            {
                return;
            }

            _leader = leader;
        }

        Raise(LeaderChanged, new LeaderChangedEventArgs(leader));
    }

    private async Task BackOffAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.FailureBackoff, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the caller's loop sees the cancellation.
        }
    }

    private void Raise<TArgs>(EventHandler<TArgs>? handler, TArgs args)
    {
        try
        {
            handler?.Invoke(this, args);
        }
#pragma warning disable CA1031 // a throwing handler must not break renewals or the election
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ElectionLog.HandlerFailed(_logger, exception, LockPath);
        }
    }

    private enum TermOutcome
    {
        Ended,
        Completed,
        Failed,
    }
}
