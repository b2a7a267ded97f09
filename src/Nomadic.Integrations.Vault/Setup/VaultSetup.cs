namespace Nomadic.Integrations.Vault;

/// <summary>
/// <c>nomad setup vault</c> as a library: Enterprise detection and namespace, the <c>jwt-nomad</c> JWT auth method with the
/// JWKS URL, the templated <c>nomad-workloads</c> policy and the <c>nomad-workloads</c> role, each skipped when it already
/// exists, sending the same requests in the same order as Nomad 1.7.7. <see cref="DestroyAsync"/> removes them again.
/// </summary>
public sealed class VaultSetup
{
    /// <summary>The <c>custom_metadata</c> that marks a namespace setup created: <c>created-by = nomad-setup</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> CreatedByMetadata = new Dictionary<string, string> { ["created-by"] = "nomad-setup" };

    private readonly VaultClient _client;
    private readonly VaultSetupOptions _options;

    /// <summary>Creates the helper.</summary>
    /// <param name="client">A client with an admin token (<c>VAULT_TOKEN</c>) and, optionally, <c>VAULT_NAMESPACE</c>.</param>
    /// <param name="options">The inputs; default <see cref="VaultSetupOptions"/>'s defaults.</param>
    public VaultSetup(VaultClient client, VaultSetupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new VaultSetupOptions();
        if (!Uri.TryCreate(_options.JwksUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"The JWKS URL \"{_options.JwksUrl}\" is not an absolute URL.", nameof(options));
        }
    }

    /// <summary>Reads what exists, writing nothing: each component is <see cref="VaultSetupStepStatus.Missing"/> or <see cref="VaultSetupStepStatus.AlreadyPresent"/>. A command can print this plan and ask before <see cref="ApplyAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan and the agent configuration that would be printed.</returns>
    /// <exception cref="VaultException">A read failed.</exception>
    public async Task<VaultSetupResult> PlanAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, ns) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var steps = new List<VaultSetupStep>();
        if (enterprise)
        {
            var exists = await _client.WithNamespace(null).ReadNamespaceAsync(ns!, cancellationToken).ConfigureAwait(false) is not null;
            steps.Add(new VaultSetupStep("namespace", ns!, Status(exists)));
        }

        var client = _client.WithNamespace(ns);
        var mount = _options.AuthMethodPath;
        steps.Add(new VaultSetupStep("auth method", mount, Status(await client.ReadJwtAuthConfigAsync(mount, cancellationToken).ConfigureAwait(false) is not null)));
        steps.Add(new VaultSetupStep("policy", _options.PolicyName, Status((await client.ListPoliciesAsync(cancellationToken).ConfigureAwait(false)).Contains(_options.PolicyName))));
        steps.Add(new VaultSetupStep("role", _options.RoleName, Status((await client.ListJwtRolesAsync(mount, cancellationToken).ConfigureAwait(false)).Contains(_options.RoleName))));
        return Result(enterprise, ns, steps);

        static VaultSetupStepStatus Status(bool exists) => exists ? VaultSetupStepStatus.AlreadyPresent : VaultSetupStepStatus.Missing;
    }

    /// <summary>Creates whatever is missing.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The steps and the agent configuration to print.</returns>
    /// <exception cref="VaultException">A call failed; the message names the component (and for an unreachable JWKS URL, the URL).</exception>
    public async Task<VaultSetupResult> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, ns) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var steps = new List<VaultSetupStep>();
        if (enterprise)
        {
            var root = _client.WithNamespace(null);
            var exists = await root.ReadNamespaceAsync(ns!, cancellationToken).ConfigureAwait(false) is not null;
            if (!exists)
            {
                await root.CreateNamespaceAsync(ns!, CreatedByMetadata, cancellationToken).ConfigureAwait(false);
            }

            steps.Add(new VaultSetupStep("namespace", ns!, exists ? VaultSetupStepStatus.AlreadyPresent : VaultSetupStepStatus.Created));
        }

        var client = _client.WithNamespace(ns);
        steps.Add(await EnsureAuthMethodAsync(client, cancellationToken).ConfigureAwait(false));
        steps.Add(await EnsurePolicyAsync(client, cancellationToken).ConfigureAwait(false));
        steps.Add(await EnsureRoleAsync(client, cancellationToken).ConfigureAwait(false));
        return Result(enterprise, ns, steps);
    }

    /// <summary>Removes the policy, the role, the auth method and (only when setup created it) the namespace, as <c>nomad setup vault -destroy</c>.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was removed.</returns>
    /// <exception cref="VaultException">A call failed.</exception>
    public async Task<VaultSetupResult> DestroyAsync(CancellationToken cancellationToken = default)
    {
        var (enterprise, ns) = await DetectAsync(cancellationToken).ConfigureAwait(false);
        var client = _client.WithNamespace(ns);
        var mount = _options.AuthMethodPath;
        var policy = (await client.ListPoliciesAsync(cancellationToken).ConfigureAwait(false)).Contains(_options.PolicyName);
        var role = (await client.ListJwtRolesAsync(mount, cancellationToken).ConfigureAwait(false)).Contains(_options.RoleName);
        var auth = await client.ReadJwtAuthConfigAsync(mount, cancellationToken).ConfigureAwait(false) is not null;
        var nsStatus = VaultSetupStepStatus.Absent;
        if (enterprise)
        {
            var existing = await _client.WithNamespace(null).ReadNamespaceAsync(ns!, cancellationToken).ConfigureAwait(false);
            nsStatus = existing is null ? VaultSetupStepStatus.Absent : CreatedBySetup(existing.Value) ? VaultSetupStepStatus.Deleted : VaultSetupStepStatus.Kept;
        }

        if (policy)
        {
            await client.DeletePolicyAsync(_options.PolicyName, cancellationToken).ConfigureAwait(false);
        }

        if (role)
        {
            await client.DeleteJwtRoleAsync(mount, _options.RoleName, cancellationToken).ConfigureAwait(false);
        }

        if (auth)
        {
            await client.DisableAuthMethodAsync(mount, cancellationToken).ConfigureAwait(false);
        }

        if (nsStatus == VaultSetupStepStatus.Deleted)
        {
            await _client.WithNamespace(null).DeleteNamespaceAsync(ns!, cancellationToken).ConfigureAwait(false);
        }

        var steps = new List<VaultSetupStep>
        {
            new("policy", _options.PolicyName, policy ? VaultSetupStepStatus.Deleted : VaultSetupStepStatus.Absent),
            new("role", _options.RoleName, role ? VaultSetupStepStatus.Deleted : VaultSetupStepStatus.Absent),
            new("auth method", mount, auth ? VaultSetupStepStatus.Deleted : VaultSetupStepStatus.Absent),
        };
        if (enterprise)
        {
            steps.Add(new VaultSetupStep("namespace", ns!, nsStatus));
        }

        return Result(enterprise, ns, steps);
    }

    private async Task<(bool Enterprise, string? Namespace)> DetectAsync(CancellationToken cancellationToken)
    {
        var enterprise = await _client.IsEnterpriseAsync(cancellationToken).ConfigureAwait(false);
        return (enterprise, enterprise ? _client.Namespace ?? _options.EnterpriseNamespace : null);
    }

    private async Task<VaultSetupStep> EnsureAuthMethodAsync(VaultClient client, CancellationToken cancellationToken)
    {
        var mount = _options.AuthMethodPath;
        if (await client.ReadJwtAuthConfigAsync(mount, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new VaultSetupStep("auth method", mount, VaultSetupStepStatus.AlreadyPresent);
        }

        await client.EnableAuthMethodAsync(mount, "jwt", cancellationToken).ConfigureAwait(false);
        try
        {
            await client.WriteJwtAuthConfigAsync(mount, VaultSetupAssets.AuthMethodConfig(_options.JwksUrl, _options.RoleName), cancellationToken).ConfigureAwait(false);
        }
        catch (VaultException ex) when (ex.Message.Contains("error checking jwks URL", StringComparison.OrdinalIgnoreCase))
        {
            throw new VaultException(
                $"Nomad's JWKS endpoint is unreachable from Vault at {client.Address}: verify that Nomad is running and that the JWKS URL {_options.JwksUrl} is reachable by Vault. ({ex.Message})",
                ex.Path ?? "", ex.StatusCode, ex.Errors, ex);
        }

        return new VaultSetupStep("auth method", mount, VaultSetupStepStatus.Created);
    }

    private async Task<VaultSetupStep> EnsurePolicyAsync(VaultClient client, CancellationToken cancellationToken)
    {
        var name = _options.PolicyName;
        if ((await client.ListPoliciesAsync(cancellationToken).ConfigureAwait(false)).Contains(name))
        {
            return new VaultSetupStep("policy", name, VaultSetupStepStatus.AlreadyPresent);
        }

        var mount = await client.ReadAuthMethodAsync(_options.AuthMethodPath, cancellationToken).ConfigureAwait(false);
        if (mount is not { Accessor.Length: > 0 })
        {
            throw new VaultException($"Vault at {client.Address} has no accessor for auth method \"{_options.AuthMethodPath}\", so policy \"{name}\" cannot be written.");
        }

        await client.WritePolicyAsync(name, VaultSetupAssets.Policy(mount.Accessor), cancellationToken).ConfigureAwait(false);
        return new VaultSetupStep("policy", name, VaultSetupStepStatus.Created);
    }

    private async Task<VaultSetupStep> EnsureRoleAsync(VaultClient client, CancellationToken cancellationToken)
    {
        var name = _options.RoleName;
        if ((await client.ListJwtRolesAsync(_options.AuthMethodPath, cancellationToken).ConfigureAwait(false)).Contains(name))
        {
            return new VaultSetupStep("role", name, VaultSetupStepStatus.AlreadyPresent);
        }

        await client.WriteJwtRoleAsync(_options.AuthMethodPath, name, VaultSetupAssets.Role(_options.Audience, _options.PolicyName), cancellationToken).ConfigureAwait(false);
        return new VaultSetupStep("role", name, VaultSetupStepStatus.Created);
    }

    private static bool CreatedBySetup(System.Text.Json.JsonElement ns) =>
        ns.TryGetProperty("custom_metadata", out var metadata)
        && metadata.ValueKind == System.Text.Json.JsonValueKind.Object
        && metadata.TryGetProperty("created-by", out var by)
        && by.ValueKind == System.Text.Json.JsonValueKind.String
        && by.GetString() == "nomad-setup";

    private VaultSetupResult Result(bool enterprise, string? ns, List<VaultSetupStep> steps) => new(
        enterprise,
        ns,
        steps,
        VaultSetupAssets.ClientConfiguration(_client.Address, ns, _options.AuthMethodPath),
        VaultSetupAssets.ServerConfiguration(_options.Audience));
}
