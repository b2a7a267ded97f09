using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nomadic.Core.Jobs;
using Nomadic.Identity;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// The Consul tokens of one allocation, as Nomad 1.7's consul hooks handle them: at start every Consul service identity logs in
/// with the cluster's service auth method and every task identity with its task auth method (<c>requested_by</c>
/// <c>nomad_service_&lt;name&gt;</c> / <c>nomad_task_&lt;name&gt;</c>); a task's token is delivered as <c>CONSUL_TOKEN</c> and
/// <c>secrets/consul_token</c>; services register with their own token; on stop every token is logged out. Tokens are never
/// refreshed (Consul cannot renew them; hashicorp/nomad#20185). Only accessor IDs are logged.
/// </summary>
public sealed partial class ConsulWorkloadTokens : IAsyncDisposable
{
    /// <summary>The task token's file in the secrets directory: <c>consul_token</c>.</summary>
    public const string TokenFileName = "consul_token";

    private readonly IConsulClientFactory _clients;
    private readonly ConsulClusterResolver _resolver;
    private readonly ILogger _logger;
    private readonly List<ConsulWorkloadToken> _tokens = [];

    /// <summary>Creates the allocation's token set.</summary>
    /// <param name="clients">The registered clusters.</param>
    /// <param name="resolver">Picks each workload's cluster.</param>
    /// <param name="logger">The logger; default none.</param>
    public ConsulWorkloadTokens(IConsulClientFactory clients, ConsulClusterResolver resolver, ILogger<ConsulWorkloadTokens>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(resolver);
        _clients = clients;
        _resolver = resolver;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The tokens derived and not yet revoked.</summary>
    public IReadOnlyList<ConsulWorkloadToken> Tokens
    {
        get
        {
            lock (_tokens)
            {
                return _tokens.ToArray();
            }
        }
    }

    /// <summary>
    /// Logs in every Consul identity of <paramref name="group"/>, as Nomad's alloc consul hook: the group's services, then per task
    /// its services and its <c>consul_&lt;cluster&gt;</c> identity (when the task declares it, has <c>template</c> blocks as the server's
    /// implicit identities hook requires, or has a <c>consul</c> block). When one fails, those already derived are logged out.
    /// </summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="mint">Signs a workload identity (e.g. <see cref="WorkloadIdentityIssuer.MintAsync"/>) and returns the JWT.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="ConsulException">A login failed; one sentence naming the workload, the address and the auth method.</exception>
    /// <exception cref="ConsulClusterValidationException">A workload's cluster is not allowed or not registered.</exception>
    public async Task<IReadOnlyList<ConsulWorkloadToken>> DeriveAsync(
        Job job, TaskGroup group, string allocationId, Func<WorkloadIdentityRequest, CancellationToken, ValueTask<string>> mint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(mint);
        try
        {
            foreach (var service in group.Services?.Where(ConsulWorkloadIdentity.IsConsulService) ?? [])
            {
                await DeriveServiceAsync(job, group, service, null, allocationId, mint, cancellationToken).ConfigureAwait(false);
            }

            foreach (var task in group.Tasks ?? [])
            {
                foreach (var service in task.Services?.Where(ConsulWorkloadIdentity.IsConsulService) ?? [])
                {
                    await DeriveServiceAsync(job, group, service, task.Name, allocationId, mint, cancellationToken).ConfigureAwait(false);
                }

                await DeriveTaskAsync(job, group, task, allocationId, mint, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is ConsulException or ConsulClusterValidationException)
        {
            await RevokeAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return Tokens;
    }

    /// <summary>The token of a task's <c>consul_&lt;cluster&gt;</c> identity; <see langword="null"/> when it has none.</summary>
    /// <param name="taskName">The task.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public ConsulWorkloadToken? TaskToken(string taskName) => Tokens.FirstOrDefault(t => !t.IsService && t.Workload == taskName);

    /// <summary>The token of a service; <see langword="null"/> when it has none.</summary>
    /// <param name="serviceName">The service.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public ConsulWorkloadToken? ServiceToken(string serviceName) => Tokens.FirstOrDefault(t => t.IsService && t.Workload == serviceName);

    /// <summary>
    /// Delivers a task's token as Nomad's task consul hook: <c>secrets/consul_token</c> (mode 0440 like Nomad's, written atomically)
    /// when <paramref name="secretsDirectory"/> is given, and the environment <c>CONSUL_TOKEN</c>.
    /// </summary>
    /// <param name="taskName">The task.</param>
    /// <param name="secretsDirectory">The task's secrets directory; <see langword="null"/> to write no file.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The environment variables to add to the task's; empty when the task has no Consul token.</returns>
    public async Task<IReadOnlyDictionary<string, string>> DeliverTaskTokenAsync(string taskName, string? secretsDirectory, CancellationToken cancellationToken = default)
    {
        if (TaskToken(taskName) is not { } token)
        {
            return new Dictionary<string, string>();
        }

        var secret = token.Token.SecretId.Reveal();
        if (secretsDirectory is not null)
        {
            await SecretFile.WriteAsync(Path.Combine(secretsDirectory, TokenFileName), secret, cancellationToken, UnixFileMode.UserRead | UnixFileMode.GroupRead).ConfigureAwait(false);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal) { ["CONSUL_TOKEN"] = secret };
    }

    /// <summary>Registers <paramref name="service"/> on the Consul agent with its own derived token, as Nomad's service client does.</summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="service">The service.</param>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="taskName">The task the service belongs to; <see langword="null"/> for a group service.</param>
    /// <param name="address">The address to register.</param>
    /// <param name="port">The port to register.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service ID.</returns>
    /// <exception cref="InvalidOperationException">The service has no derived token.</exception>
    /// <exception cref="ConsulException">Consul refused the registration.</exception>
    public async Task<string> RegisterServiceAsync(
        Job job, TaskGroup group, Service service, string allocationId, string? taskName, string address, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(service);
        var token = ServiceToken(service.Name) ?? throw new InvalidOperationException($"Service \"{service.Name}\" has no Consul token; call DeriveAsync first.");
        var id = ConsulWorkloadIdentity.ServiceId(allocationId, taskName ?? "group-" + group.Name, service);
        var client = _clients.CreateClient(token.Cluster).WithToken(token.Token.SecretId).WithNamespace(token.Token.Namespace, token.Token.Partition);
        await client.RegisterServiceAsync(
            new ConsulServiceRegistration
            {
                Id = id,
                Name = service.Name,
                Tags = service.Tags?.ToArray() ?? [],
                Address = address,
                Port = port,
                Meta = new Dictionary<string, string>(service.Meta ?? new Dictionary<string, string>(), StringComparer.Ordinal) { ["external-source"] = "nomad" },
            },
            cancellationToken).ConfigureAwait(false);
        _ = job;
        return id;
    }

    /// <summary>Logs out every token (<c>POST /v1/acl/logout</c> with the token, in its namespace and partition); a token whose logout fails is kept for a later attempt.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ConsulException">At least one logout failed; the message names each.</exception>
    public async Task RevokeAsync(CancellationToken cancellationToken = default)
    {
        var failures = new List<ConsulException>();
        foreach (var token in Tokens)
        {
            try
            {
                await _clients.CreateClient(token.Cluster).LogoutAsync(token.Token, cancellationToken).ConfigureAwait(false);
                lock (_tokens)
                {
                    _tokens.Remove(token);
                }

                LogRevoked(token.Token.AccessorId, token.IdentityName);
            }
            catch (ConsulException ex)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new ConsulException(string.Join(" ", failures.Select(f => f.Message)), failures[0]);
        }
    }

    /// <summary>Logs out every token, ignoring failures (they are logged).</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RevokeAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (ConsulException ex)
        {
            LogRevokeFailed(ex.Message);
        }
    }

    private async Task DeriveServiceAsync(
        Job job, TaskGroup group, Service service, string? taskName, string allocationId, Func<WorkloadIdentityRequest, CancellationToken, ValueTask<string>> mint, CancellationToken cancellationToken)
    {
        var cluster = _resolver.ResolveClusterName(job, group, service);
        var request = ConsulWorkloadIdentity.ServiceRequest(job, group, service, allocationId, taskName);
        var options = _clients.GetOptions(cluster);
        await LoginAsync(_clients.CreateClient(cluster), cluster, request, options.ServiceAuthMethod, $"nomad_service_{service.Name}", service.Name, true, mint, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeriveTaskAsync(
        Job job, TaskGroup group, JobTask task, string allocationId, Func<WorkloadIdentityRequest, CancellationToken, ValueTask<string>> mint, CancellationToken cancellationToken)
    {
        var cluster = _resolver.ResolveClusterName(job, group, task);
        var name = ConsulWorkloadIdentity.TaskIdentityName(cluster);
        var wanted = task.Identities?.Any(i => i.Name == name) == true || task.Templates is { Count: > 0 } || task.Consul is not null;
        if (!wanted)
        {
            return;
        }

        var request = ConsulWorkloadIdentity.TaskRequest(job, group, task, allocationId, cluster);
        var options = _clients.GetOptions(cluster);
        await LoginAsync(_resolver.ResolveClient(job, group, task), cluster, request, options.TaskAuthMethod, $"nomad_task_{task.Name}", task.Name, false, mint, cancellationToken).ConfigureAwait(false);
    }

    private async Task LoginAsync(
        ConsulClient client, string cluster, WorkloadIdentityRequest request, string authMethod, string requestedBy, string workload, bool isService,
        Func<WorkloadIdentityRequest, CancellationToken, ValueTask<string>> mint, CancellationToken cancellationToken)
    {
        var jwt = await mint(request, cancellationToken).ConfigureAwait(false);
        ConsulAclToken token;
        try
        {
            token = await client.LoginAsync(authMethod, jwt, new Dictionary<string, string> { ["requested_by"] = requestedBy }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConsulException ex)
        {
            var kind = isService ? "service" : "task";
            throw new ConsulException($"Failed to derive a Consul token for {kind} \"{workload}\" (identity {request.IdentityName}): {ex.Message}", ex.Path ?? "acl/login", ex.StatusCode, ex.Error, ex);
        }

        lock (_tokens)
        {
            _tokens.Add(new ConsulWorkloadToken(cluster, request.IdentityName, workload, isService, token));
        }

        LogDerived(token.AccessorId, request.IdentityName, authMethod);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Derived Consul token {AccessorId} for identity {Identity} with auth method {AuthMethod}")]
    private partial void LogDerived(string accessorId, string identity, string authMethod);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Logged out Consul token {AccessorId} of identity {Identity}")]
    private partial void LogRevoked(string accessorId, string identity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consul tokens could not all be logged out: {Reason}")]
    private partial void LogRevokeFailed(string reason);
}
