namespace Nomadic.Integrations.Consul;

/// <summary>
/// <c>nomad setup consul</c> as a library, sending the requests of Nomad 1.7.7's <c>nomad setup consul -y</c> in the same order:
/// Enterprise detection and namespace, the <c>nomad-workloads</c> JWT auth method, the services' and tasks' binding rules, the
/// <c>policy-nomad-tasks</c> policy and the <c>nomad-default-tasks</c> role, each skipped when it already exists.
/// <see cref="DestroyAsync"/> removes them again.
/// </summary>
public sealed class ConsulSetup
{
    /// <summary>The metadata that marks a namespace setup created: <c>created-by = nomad-setup</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> CreatedByMetadata = new Dictionary<string, string> { ["created-by"] = "nomad-setup" };

    private const string DefaultNamespace = "default";
    private readonly ConsulClient _client;
    private readonly ConsulSetupOptions _options;

    /// <summary>Creates the helper.</summary>
    /// <param name="client">A client with an <c>acl:write</c> token (<c>CONSUL_HTTP_TOKEN</c>) and, optionally, <c>CONSUL_NAMESPACE</c>.</param>
    /// <param name="options">The inputs; default <see cref="ConsulSetupOptions"/>'s defaults.</param>
    /// <exception cref="ArgumentException">The JWKS URL is not an absolute URL.</exception>
    public ConsulSetup(ConsulClient client, ConsulSetupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new ConsulSetupOptions();
        if (!Uri.TryCreate(_options.JwksUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"The JWKS URL \"{_options.JwksUrl}\" is not an absolute URL.", nameof(options));
        }
    }

    /// <summary>Reads what exists, writing nothing: each component is <see cref="ConsulSetupStepStatus.Missing"/> or <see cref="ConsulSetupStepStatus.AlreadyPresent"/>.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan and the agent configuration that would be printed.</returns>
    /// <exception cref="ConsulException">A read failed.</exception>
    public async Task<ConsulSetupResult> PlanAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, client) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var steps = new List<ConsulSetupStep>();
        if (enterprise)
        {
            steps.Add(Planned("namespace", client.Namespace!, await NamespaceExistsAsync(client, cancellationToken).ConfigureAwait(false)));
        }

        var acl = AuthMethodClient(client, enterprise);
        steps.Add(Planned("auth method", _options.AuthMethodName, await AuthMethodExistsAsync(acl, cancellationToken).ConfigureAwait(false)));
        foreach (var (component, rule) in BindingRules())
        {
            steps.Add(Planned(component, rule.BindName, await BindingRuleExistsAsync(acl, rule, cancellationToken).ConfigureAwait(false)));
        }

        steps.Add(Planned("policy", _options.PolicyName, await PolicyExistsAsync(client, cancellationToken).ConfigureAwait(false)));
        steps.Add(Planned("role", _options.RoleName, await RoleExistsAsync(client, cancellationToken).ConfigureAwait(false)));
        return Result(enterprise, client, steps);

        static ConsulSetupStep Planned(string component, string name, bool exists) =>
            new(component, name, exists ? ConsulSetupStepStatus.AlreadyPresent : ConsulSetupStepStatus.Missing);
    }

    /// <summary>Creates whatever is missing.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The steps and the agent configuration to print.</returns>
    /// <exception cref="ConsulException">A call failed; the message names the component (and for an unreachable JWKS URL, the URL).</exception>
    public async Task<ConsulSetupResult> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, client) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var steps = new List<ConsulSetupStep>();
        if (enterprise)
        {
            var ns = client.Namespace!;
            var exists = await NamespaceExistsAsync(client, cancellationToken).ConfigureAwait(false);
            if (!exists)
            {
                await client.CreateNamespaceAsync(ns, CreatedByMetadata, cancellationToken).ConfigureAwait(false);
            }

            steps.Add(Step("namespace", ns, exists));
        }

        var acl = AuthMethodClient(client, enterprise);
        var methodExists = await AuthMethodExistsAsync(acl, cancellationToken).ConfigureAwait(false);
        if (!methodExists)
        {
            await CreateAuthMethodAsync(acl, enterprise, cancellationToken).ConfigureAwait(false);
        }

        steps.Add(Step("auth method", _options.AuthMethodName, methodExists));
        foreach (var (component, rule) in BindingRules())
        {
            var ruleExists = await BindingRuleExistsAsync(acl, rule, cancellationToken).ConfigureAwait(false);
            if (!ruleExists)
            {
                await acl.CreateBindingRuleAsync(rule, cancellationToken).ConfigureAwait(false);
            }

            steps.Add(Step(component, rule.BindName, ruleExists));
        }

        var policyExists = await PolicyExistsAsync(client, cancellationToken).ConfigureAwait(false);
        if (!policyExists)
        {
            await client.CreatePolicyAsync(_options.PolicyName, ConsulSetupAssets.PolicyRules, cancellationToken).ConfigureAwait(false);
        }

        steps.Add(Step("policy", _options.PolicyName, policyExists));
        var roleExists = await RoleExistsAsync(client, cancellationToken).ConfigureAwait(false);
        if (!roleExists)
        {
            await client.CreateRoleAsync(_options.RoleName, ConsulSetupAssets.RoleDescription, [_options.PolicyName], cancellationToken).ConfigureAwait(false);
        }

        steps.Add(Step("role", _options.RoleName, roleExists));
        return Result(enterprise, client, steps);

        static ConsulSetupStep Step(string component, string name, bool existed) =>
            new(component, name, existed ? ConsulSetupStepStatus.AlreadyPresent : ConsulSetupStepStatus.Created);
    }

    /// <summary>
    /// Removes the policy, the role, every binding rule of the auth method, the auth method and (only when setup created it) the
    /// namespace, as <c>nomad setup consul -destroy -y</c>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was removed.</returns>
    /// <exception cref="ConsulException">A call failed.</exception>
    public async Task<ConsulSetupResult> DestroyAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, client) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var acl = AuthMethodClient(client, enterprise);
        var method = await AuthMethodExistsAsync(acl, cancellationToken).ConfigureAwait(false);
        var rules = await acl.ListBindingRulesAsync(_options.AuthMethodName, cancellationToken).ConfigureAwait(false);
        var policy = await PolicyExistsAsync(client, cancellationToken).ConfigureAwait(false);
        var role = await RoleExistsAsync(client, cancellationToken).ConfigureAwait(false);
        var nsStatus = ConsulSetupStepStatus.Absent;
        if (enterprise)
        {
            var existing = await client.ReadNamespaceAsync(client.Namespace!, cancellationToken).ConfigureAwait(false);
            nsStatus = existing is null ? ConsulSetupStepStatus.Absent
                : existing.Meta.TryGetValue("created-by", out var by) && by == "nomad-setup" ? ConsulSetupStepStatus.Deleted : ConsulSetupStepStatus.Kept;
        }

        var steps = new List<ConsulSetupStep>
        {
            await DeleteByNameAsync("policy", _options.PolicyName, policy, client.ReadPolicyByNameAsync, client.DeletePolicyAsync, cancellationToken).ConfigureAwait(false),
            await DeleteByNameAsync("role", _options.RoleName, role, client.ReadRoleByNameAsync, client.DeleteRoleAsync, cancellationToken).ConfigureAwait(false),
        };
        foreach (var rule in rules)
        {
            await acl.DeleteBindingRuleAsync(rule.Id, cancellationToken).ConfigureAwait(false);
            steps.Add(new ConsulSetupStep("binding rule", rule.Id, ConsulSetupStepStatus.Deleted));
        }

        if (method)
        {
            await acl.DeleteAuthMethodAsync(_options.AuthMethodName, cancellationToken).ConfigureAwait(false);
        }

        steps.Add(new ConsulSetupStep("auth method", _options.AuthMethodName, method ? ConsulSetupStepStatus.Deleted : ConsulSetupStepStatus.Absent));
        if (enterprise)
        {
            if (nsStatus == ConsulSetupStepStatus.Deleted)
            {
                await client.DeleteNamespaceAsync(client.Namespace!, cancellationToken).ConfigureAwait(false);
            }

            steps.Add(new ConsulSetupStep("namespace", client.Namespace!, nsStatus));
        }

        return Result(enterprise, client, steps);
    }

    // On Enterprise Nomad writes everything in CONSUL_NAMESPACE, else in the namespace it creates; auth methods and binding rules in "default".
    private async Task<(bool Enterprise, ConsulClient Client)> DetectAsync(CancellationToken cancellationToken)
    {
        var enterprise = await _client.IsEnterpriseAsync(cancellationToken).ConfigureAwait(false);
        return enterprise && _client.Namespace is null ? (true, _client.WithNamespace(_options.EnterpriseNamespace)) : (enterprise, _client);
    }

    private static ConsulClient AuthMethodClient(ConsulClient client, bool enterprise) => enterprise ? client.WithNamespace(DefaultNamespace) : client;

    private (string Component, ConsulBindingRule Rule)[] BindingRules() =>
    [
        ("binding rule for services", ConsulSetupAssets.ServicesBindingRule(_options.AuthMethodName)),
        ("binding rule for tasks", ConsulSetupAssets.TasksBindingRule(_options.AuthMethodName)),
    ];

    private static async Task<bool> NamespaceExistsAsync(ConsulClient client, CancellationToken cancellationToken) =>
        (await client.ListNamespacesAsync(cancellationToken).ConfigureAwait(false)).Contains(client.Namespace!, StringComparer.Ordinal);

    private async Task<bool> AuthMethodExistsAsync(ConsulClient acl, CancellationToken cancellationToken) =>
        (await acl.ListAuthMethodsAsync(cancellationToken).ConfigureAwait(false)).Contains(_options.AuthMethodName, StringComparer.Ordinal);

    private static async Task<bool> BindingRuleExistsAsync(ConsulClient acl, ConsulBindingRule rule, CancellationToken cancellationToken) =>
        (await acl.ListBindingRulesAsync(null, cancellationToken).ConfigureAwait(false)).Any(r =>
            r.AuthMethod == rule.AuthMethod && r.BindType == rule.BindType && r.BindName == rule.BindName && r.Selector == rule.Selector);

    private async Task<bool> PolicyExistsAsync(ConsulClient client, CancellationToken cancellationToken) =>
        (await client.ListPoliciesAsync(cancellationToken).ConfigureAwait(false)).Any(p => p.Name == _options.PolicyName);

    private async Task<bool> RoleExistsAsync(ConsulClient client, CancellationToken cancellationToken) =>
        (await client.ListRolesAsync(cancellationToken).ConfigureAwait(false)).Any(r => r.Name == _options.RoleName);

    private async Task CreateAuthMethodAsync(ConsulClient acl, bool enterprise, CancellationToken cancellationToken)
    {
        try
        {
            await acl.CreateAuthMethodAsync(ConsulSetupAssets.AuthMethod(_options.AuthMethodName, _options.JwksUrl, _options.Audience, enterprise), cancellationToken).ConfigureAwait(false);
        }
        catch (ConsulException ex) when (ex.Message.Contains("error checking JWKSURL", StringComparison.OrdinalIgnoreCase))
        {
            throw new ConsulException(
                $"Nomad's JWKS endpoint is unreachable from Consul at {acl.Address}: verify that Nomad is running and that the JWKS URL {_options.JwksUrl} is reachable by Consul (auth method \"{_options.AuthMethodName}\"). ({ex.Error})",
                ex.Path ?? "", ex.StatusCode, ex.Error, ex);
        }
    }

    private static async Task<ConsulSetupStep> DeleteByNameAsync(
        string component, string name, bool exists, Func<string, CancellationToken, Task<ConsulAclEntry?>> read, Func<string, CancellationToken, Task> delete, CancellationToken cancellationToken)
    {
        if (exists && await read(name, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            await delete(entry.Id, cancellationToken).ConfigureAwait(false);
            return new ConsulSetupStep(component, name, ConsulSetupStepStatus.Deleted);
        }

        return new ConsulSetupStep(component, name, ConsulSetupStepStatus.Absent);
    }

    private ConsulSetupResult Result(bool enterprise, ConsulClient client, List<ConsulSetupStep> steps) => new(
        enterprise,
        enterprise ? client.Namespace : null,
        steps,
        ConsulSetupAssets.ClientConfiguration(_client.Address),
        ConsulSetupAssets.ServerConfiguration(_client.Address, _options.Audience));
}
