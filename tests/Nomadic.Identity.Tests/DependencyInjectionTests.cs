using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Nomadic.Identity.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Services_resolve_and_mint()
    {
        using var provider = new ServiceCollection().AddNomadicIdentity(o => o.Issuer = "https://nomad.example.com").BuildServiceProvider();
        var minted = await provider.GetRequiredService<WorkloadIdentityIssuer>().MintAsync(TestSetup.TaskRequest());
        Assert.True((await provider.GetRequiredService<WorkloadIdentityValidator>().ValidateAsync(minted.Token)).IsValid);
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        using var provider = new ServiceCollection().AddNomadicIdentity(o =>
        {
            o.Issuer = "not a url";
            o.KeyDirectory = "/tmp/x";
            o.PrepublicationPeriod = TimeSpan.FromDays(90);
        }).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NomadicIdentityOptions>>().Value);
        Assert.Equal(3, error.Failures.Count());
    }
}
