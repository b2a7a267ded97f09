namespace Nomadic.Identity.Tests;

public sealed class DeliveryTests
{
    [Theory]
    [InlineData("default", "NOMAD_TOKEN", "nomad_token")]
    [InlineData("vault_default", "NOMAD_TOKEN_vault_default", "nomad_vault_default.jwt")]
    public void Names_follow_nomad(string identity, string variable, string file)
    {
        Assert.Equal(variable, IdentityDelivery.EnvironmentVariableName(identity));
        Assert.Equal(file, IdentityDelivery.FileName(identity));
    }

    [Fact]
    public async Task Token_files_are_written_with_mode_0600()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nomadic-secrets-" + Guid.NewGuid().ToString("N"));
        var path = await IdentityDelivery.WriteTokenFileAsync(directory, "vault_default", "a.b.c");
        await IdentityDelivery.WriteTokenFileAsync(directory, "vault_default", "d.e.f");
        Assert.Equal("d.e.f", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(directory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Renewal_is_half_the_remaining_lifetime_plus_up_to_ten_percent_with_a_10_second_floor()
    {
        var now = DateTimeOffset.UnixEpoch;
        for (var seed = 0; seed < 50; seed++)
        {
            Assert.InRange(RenewalSchedule.IdentityRenewalDelay(now + TimeSpan.FromHours(1), now, new Random(seed)), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(33));
            Assert.InRange(RenewalSchedule.IdentityRenewalDelay(now + TimeSpan.FromSeconds(4), now, new Random(seed)), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
            Assert.InRange(RenewalSchedule.IdentityRenewalDelay(now - TimeSpan.FromHours(1), now, new Random(seed)), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
        }
    }
}
