using Microsoft.Extensions.Options;
using Nomadic.Identity;

namespace Nomadic.Benchmarks;

/// <summary>A keyring, issuer and validator on an in-memory key store, with one typical task identity request.</summary>
internal sealed class IdentityBench : IDisposable
{
    private readonly IKeyStore _store;

    public IdentityBench(SigningAlgorithm algorithm, IKeyStore? store = null)
    {
        _store = store ?? new InMemoryKeyStore();
        var options = Options.Create(new NomadicIdentityOptions { Algorithm = algorithm, Issuer = "https://nomad.example.com" });
        Keyring = new Keyring(_store, options, TimeProvider.System);
        Issuer = new WorkloadIdentityIssuer(Keyring, options, TimeProvider.System);
        Validator = new WorkloadIdentityValidator(Keyring, TimeProvider.System);
        Keyring.MaintainAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A task identity for Vault with one audience and a one-hour TTL.</summary>
    public static WorkloadIdentityRequest Request { get; } = new()
    {
        JobId = "web",
        Group = "frontend",
        Task = "server",
        IdentityName = "vault_default",
        AllocationId = "5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab",
        Audience = ["vault.io"],
        Ttl = TimeSpan.FromHours(1),
    };

    public static TokenValidationOptions ValidationOptions { get; } = new() { ValidAudiences = ["vault.io"], ValidIssuer = "https://nomad.example.com" };

    public Keyring Keyring { get; }

    public WorkloadIdentityIssuer Issuer { get; }

    public WorkloadIdentityValidator Validator { get; }

    public void Dispose() => (_store as IDisposable)?.Dispose();
}
