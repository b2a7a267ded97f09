namespace Nomadic.Identity.Tests;

public sealed class RotationTests
{
    private static TestSetup Setup() => new(new NomadicIdentityOptions
    {
        RotationPeriod = TimeSpan.FromHours(24),
        PrepublicationPeriod = TimeSpan.FromHours(2),
        MaxTokenLifetime = TimeSpan.FromHours(4),
        RetirementGracePeriod = TimeSpan.FromMinutes(5),
    });

    [Fact]
    public async Task New_key_is_published_before_it_signs_and_old_key_stays_until_its_tokens_expire()
    {
        var setup = Setup();
        var first = await setup.Issuer.MintAsync(TestSetup.TaskRequest(ttl: TimeSpan.FromHours(3)));

        setup.Time.Advance(TimeSpan.FromHours(21));
        await setup.Keyring.MaintainAsync();
        Assert.Single(await setup.Keyring.GetPublicKeysAsync());

        setup.Time.Advance(TimeSpan.FromHours(1));
        var keys = await setup.Keyring.MaintainAsync();
        var next = Assert.Single(keys, k => k.State == KeyState.Prepublished);
        Assert.Equal(2, (await setup.Keyring.GetPublicKeysAsync()).Count);
        Assert.Equal(first.KeyId, (await setup.Issuer.MintAsync(TestSetup.TaskRequest(ttl: TimeSpan.FromHours(3)))).KeyId);

        setup.Time.Advance(TimeSpan.FromHours(2));
        await setup.Keyring.MaintainAsync();
        var late = await setup.Issuer.MintAsync(TestSetup.TaskRequest(ttl: TimeSpan.FromMinutes(10)));
        Assert.Equal(next.KeyId, late.KeyId);
        Assert.True((await setup.Validator.ValidateAsync(late.Token)).IsValid);

        // The old key signed a 3 h token at hour 22: it stays published until hour 25 + grace.
        var old = (await setup.Keyring.ListAsync()).Single(k => k.KeyId == first.KeyId);
        Assert.Equal(KeyState.Inactive, old.State);
        setup.Time.Advance(TimeSpan.FromMinutes(64));
        await setup.Keyring.MaintainAsync();
        Assert.Contains(await setup.Keyring.GetPublicKeysAsync(), k => k.KeyId == first.KeyId);
        setup.Time.Advance(TimeSpan.FromMinutes(2));
        await setup.Keyring.MaintainAsync();
        Assert.Equal(KeyState.Retired, (await setup.Keyring.ListAsync()).Single(k => k.KeyId == first.KeyId).State);
        Assert.DoesNotContain(await setup.Keyring.GetPublicKeysAsync(), k => k.KeyId == first.KeyId);
        await Assert.ThrowsAsync<KeyStoreException>(async () => await setup.Store.SignAsync(first.KeyId, new byte[1], new byte[256]));
    }

    [Fact]
    public async Task Rotation_on_demand_prepublishes_or_switches_immediately()
    {
        var setup = Setup();
        var first = await setup.Issuer.MintAsync(TestSetup.TaskRequest());
        var next = await setup.Keyring.RotateAsync();
        Assert.Equal(KeyState.Prepublished, next.State);
        Assert.Equal(setup.Time.GetUtcNow() + TimeSpan.FromHours(2), next.ActivateTime);
        Assert.Equal(first.KeyId, (await setup.Issuer.MintAsync(TestSetup.TaskRequest())).KeyId);

        var emergency = await setup.Keyring.RotateAsync(immediately: true);
        Assert.Equal(emergency.KeyId, (await setup.Issuer.MintAsync(TestSetup.TaskRequest())).KeyId);
        Assert.True((await setup.Validator.ValidateAsync(first.Token)).IsValid);
    }

    [Fact]
    public async Task A_key_that_signed_tokens_without_exp_is_kept_until_retired_on_request()
    {
        var setup = Setup();
        var minted = await setup.Issuer.MintAsync(TestSetup.TaskRequest("default") with { Ttl = null });
        await setup.Keyring.RotateAsync(immediately: true);
        setup.Time.Advance(TimeSpan.FromDays(3));
        await setup.Keyring.MaintainAsync();
        Assert.Contains(await setup.Keyring.GetPublicKeysAsync(), k => k.KeyId == minted.KeyId);
        await setup.Keyring.RetireAsync(minted.KeyId);
        Assert.DoesNotContain(await setup.Keyring.GetPublicKeysAsync(), k => k.KeyId == minted.KeyId);
    }
}
