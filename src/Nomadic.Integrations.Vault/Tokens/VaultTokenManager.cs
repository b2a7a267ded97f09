using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>
/// Keeps one task's Vault token alive as Nomad's client <c>vault_hook</c> does: logs in with the task's workload identity,
/// delivers the token (<c>VAULT_TOKEN</c> / <c>VAULT_NAMESPACE</c>, <c>secrets/vault_token</c>), renews it at half the lease with
/// jitter, and on a fatal error (<c>token not found</c>, <c>permission denied</c>, <c>lease is not renewable</c>) logs in again and
/// raises the <c>change_mode</c> event. Non-renewable (batch) tokens and <c>allow_token_expiration</c> are never renewed.
/// </summary>
public sealed partial class VaultTokenManager : IAsyncDisposable
{
    /// <summary>The file name in the task's secrets directory: <c>vault_token</c>.</summary>
    public const string TokenFileName = "vault_token";

    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    private readonly VaultClient _client;
    private readonly VaultTaskTokenOptions _options;
    private readonly Func<CancellationToken, ValueTask<string>> _identity;
    private readonly Func<VaultTokenChange, CancellationToken, ValueTask> _onChange;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    /// <summary>Creates the manager; nothing happens until <see cref="StartAsync"/>.</summary>
    /// <param name="client">A client of the task's cluster (its token and namespace are not used).</param>
    /// <param name="options">The task's <c>vault</c> block, resolved (<see cref="VaultTaskTokenOptions.FromJob"/>).</param>
    /// <param name="identity">Returns the task's current <c>vault_*</c> workload identity JWT (e.g. minted with <c>WorkloadIdentityIssuer</c>).</param>
    /// <param name="onChange">Applies the change mode when a new login replaced the token.</param>
    /// <param name="timeProvider">The clock of the renewal schedule; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">The logger; never given a token.</param>
    /// <param name="random">The jitter source; default <see cref="Random.Shared"/>.</param>
    public VaultTokenManager(
        VaultClient client,
        VaultTaskTokenOptions options,
        Func<CancellationToken, ValueTask<string>> identity,
        Func<VaultTokenChange, CancellationToken, ValueTask> onChange,
        TimeProvider? timeProvider = null,
        ILogger<VaultTokenManager>? logger = null,
        Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(onChange);
        _options = options;
        _client = client.WithToken(null).WithNamespace(options.Namespace);
        _identity = identity;
        _onChange = onChange;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _random = random ?? Random.Shared;
    }

    /// <summary>The current token and lease; <see langword="null"/> before <see cref="StartAsync"/>.</summary>
    public VaultAuth? Current { get; private set; }

    /// <summary>When the next renewal is due; <see langword="null"/> when none is scheduled (batch token, <c>allow_token_expiration</c>, stopped).</summary>
    public DateTimeOffset? NextRenewal { get; private set; }

    /// <summary>Whether the token is left to expire: it is not renewable, or <c>allow_token_expiration</c> is set.</summary>
    public bool AllowsExpiration => _options.AllowTokenExpiration || Current is { Renewable: false };

    /// <summary>The task environment: <c>VAULT_TOKEN</c> and, with a namespace, <c>VAULT_NAMESPACE</c>; empty when <c>env = false</c> or before login.</summary>
    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (_options.Env && Current is { } auth)
            {
                result["VAULT_TOKEN"] = auth.ClientToken.Reveal();
                if (!string.IsNullOrEmpty(_options.Namespace))
                {
                    result["VAULT_NAMESPACE"] = _options.Namespace;
                }
            }

            return result;
        }
    }

    /// <summary>Where the token file is written; <see langword="null"/> with <c>disable_file</c> or no secrets directory.</summary>
    public string? TokenFilePath => _options.DisableFile || _options.SecretsDirectory is null ? null : Path.Combine(_options.SecretsDirectory, TokenFileName);

    /// <summary>Observes each step of the loop (for tests): <c>login</c>, <c>scheduled</c>, <c>renewed</c>, <c>relogin</c>, <c>retry</c>, <c>expiring</c>.</summary>
    internal Action<string>? Progress { get; set; }

    /// <summary>Logs in, delivers the token, and starts renewing it in the background.</summary>
    /// <param name="cancellationToken">Cancels the first login.</param>
    /// <returns>The first token.</returns>
    /// <exception cref="VaultException">The first login failed.</exception>
    public async Task<VaultAuth> StartAsync(CancellationToken cancellationToken = default)
    {
        var auth = await LoginAsync(cancellationToken).ConfigureAwait(false);
        Progress?.Invoke("login");
        _loop = Task.Run(() => RenewLoopAsync(_stopping.Token), CancellationToken.None);
        return auth;
    }

    /// <summary>Stops renewing; with <paramref name="revoke"/>, revokes the token (<c>revoke-self</c>).</summary>
    /// <param name="revoke">Whether to revoke the token.</param>
    /// <param name="cancellationToken">Cancels the revocation.</param>
    /// <returns>A task.</returns>
    public async Task StopAsync(bool revoke = false, CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        NextRenewal = null;
        if (revoke && Current is { } auth)
        {
            await _client.WithToken(auth.ClientToken).RevokeSelfAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task<VaultAuth> LoginAsync(CancellationToken cancellationToken)
    {
        var jwt = await _identity(cancellationToken).ConfigureAwait(false);
        var auth = await _client.LoginWithJwtAsync(jwt, _options.Role, _options.AuthMount, cancellationToken).ConfigureAwait(false);
        foreach (var warning in auth.Warnings)
        {
            LogWarning(_logger, _options.Role, warning);
        }

        Current = auth;
        if (TokenFilePath is { } path)
        {
            await SecretFile.WriteAsync(path, auth.ClientToken.Reveal(), cancellationToken).ConfigureAwait(false);
        }

        LogLoggedIn(_logger, _options.AuthMount, _options.Role, auth.Accessor, auth.LeaseDuration, auth.Renewable);
        return auth;
    }

    private async Task RenewLoopAsync(CancellationToken stopping)
    {
        var wait = TimeSpan.Zero;
        while (!stopping.IsCancellationRequested)
        {
            if (AllowsExpiration)
            {
                NextRenewal = null;
                Progress?.Invoke("expiring");
                return;
            }

            var auth = Current!;
            wait = wait > TimeSpan.Zero ? wait : VaultRenewalSchedule.RenewalDelay(auth.LeaseDuration, _random);
            NextRenewal = _time.GetUtcNow() + wait;
            var delay = Task.Delay(wait, _time, stopping);
            Progress?.Invoke("scheduled");
            try
            {
                await delay.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = await RenewOnceAsync(auth, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>Renews once; returns zero to schedule from the new lease, or a retry wait.</summary>
    private async Task<TimeSpan> RenewOnceAsync(VaultAuth auth, CancellationToken stopping)
    {
        try
        {
            var renewed = await _client.WithToken(auth.ClientToken).RenewSelfAsync(auth.LeaseDuration, stopping).ConfigureAwait(false);
            Current = auth with { LeaseDuration = renewed.LeaseDuration, Renewable = renewed.Renewable };
            Progress?.Invoke("renewed");
            return TimeSpan.Zero;
        }
        catch (VaultException ex) when (ex.IsFatalTokenError)
        {
            LogFatal(_logger, ex.Message);
            return await ReloginAsync(ex.Errors.Count > 0 ? string.Join("; ", ex.Errors) : ex.Message, stopping).ConfigureAwait(false);
        }
        catch (VaultException ex)
        {
            LogRetry(_logger, ex.Message);
            Progress?.Invoke("retry");
            return RetryWait(auth);
        }
    }

    private async Task<TimeSpan> ReloginAsync(string reason, CancellationToken stopping)
    {
        try
        {
            await LoginAsync(stopping).ConfigureAwait(false);
        }
        catch (VaultException ex)
        {
            LogRetry(_logger, ex.Message);
            Progress?.Invoke("retry");
            return MaxRetryWait;
        }

        Progress?.Invoke("relogin");
        var signal = _options.ChangeMode == VaultChangeMode.Signal ? _options.ChangeSignal : null;
        await _onChange(new VaultTokenChange(_options.ChangeMode, signal, reason), stopping).ConfigureAwait(false);
        return TimeSpan.Zero;
    }

    private static TimeSpan RetryWait(VaultAuth auth)
    {
        var quarter = auth.LeaseDuration / 4;
        return quarter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : quarter > MaxRetryWait ? MaxRetryWait : quarter;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vault login on {Mount} with role \"{Role}\": token accessor {Accessor}, lease {Lease}, renewable {Renewable}")]
    private static partial void LogLoggedIn(ILogger logger, string mount, string role, string? accessor, TimeSpan lease, bool renewable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vault login with role \"{Role}\" warned: {Warning}")]
    private static partial void LogWarning(ILogger logger, string role, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vault token renewal failed fatally, logging in again: {Error}")]
    private static partial void LogFatal(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vault token renewal failed, retrying: {Error}")]
    private static partial void LogRetry(ILogger logger, string error);
}
