using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

/// <summary>A service provider with the Vault cluster <c>default</c> pointing at a <see cref="FakeVaultServer"/>, fast retries, and every log line captured.</summary>
internal sealed class VaultTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public VaultTestHost(FakeVaultServer vault, Action<VaultClientOptions>? configure = null)
    {
        Vault = vault;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddNomadicVault(o =>
        {
            o.Address = vault.Address.ToString();
            o.Token = new VaultToken(vault.RootToken);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(o);
        });
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeVaultServer Vault { get; }

    public IServiceProvider Services => _services;

    public IVaultClientFactory Factory => _services.GetRequiredService<IVaultClientFactory>();

    public VaultClient Admin => Factory.CreateClient();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public string AllLogText => string.Join("\n", Logs.GetSnapshot().Select(r => $"{r.Category} {r.Message} {r.Exception}"));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
