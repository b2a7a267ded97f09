using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.Identity;

namespace Nomadic.Integrations.Testing;

/// <summary>A Nomadic OIDC provider (<c>MapNomadicOidc</c>) on loopback: the JWKS the Vault and Consul emulations fetch, and the issuer of workload identities.</summary>
internal sealed class NomadOidcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NomadOidcServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public string JwksUrl => new Uri(Address, ".well-known/jwks.json").ToString();

    public WorkloadIdentityIssuer Issuer => _app.Services.GetRequiredService<WorkloadIdentityIssuer>();

    public static async Task<NomadOidcServer> StartAsync()
    {
        var builder = KestrelLoopback.CreateBuilder();
        builder.Services.AddNomadicIdentity(o => o.Issuer = "https://nomad.example.test");
        var app = builder.Build();
        app.MapNomadicOidc();
        var address = await KestrelLoopback.StartAsync(app);
        await app.Services.GetRequiredService<Keyring>().MaintainAsync();
        return new NomadOidcServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
