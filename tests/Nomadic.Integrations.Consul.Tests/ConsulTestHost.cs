using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nomadic.Integrations.Consul.Tests.Emulation;

namespace Nomadic.Integrations.Consul.Tests;

/// <summary>A service provider with the Consul cluster <c>default</c> pointing at a <see cref="FakeConsulServer"/>, fast retries, and every log line captured.</summary>
internal sealed class ConsulTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ConsulTestHost(FakeConsulServer consul, Action<ConsulClientOptions>? configure = null, Action<IServiceCollection>? more = null)
    {
        Consul = consul;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddNomadicConsul(o =>
        {
            o.Address = consul.Address.ToString();
            o.Token = new ConsulToken(consul.RootToken);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(o);
        });
        more?.Invoke(services);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeConsulServer Consul { get; }

    public IServiceProvider Services => _services;

    public IConsulClientFactory Factory => _services.GetRequiredService<IConsulClientFactory>();

    public ConsulClient Admin => Factory.CreateClient();

    public ConsulWorkloadTokens NewTokens() => new(Factory, _services.GetRequiredService<ConsulClusterResolver>(), _services.GetRequiredService<ILogger<ConsulWorkloadTokens>>());

    public string AllLogText => string.Join("\n", _services.GetFakeLogCollector().GetSnapshot().Select(r => $"{r.Category} {r.Message} {r.Exception}"));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
