using System.Security.Cryptography;

namespace Nomadic.Identity.Tests;

public sealed class StoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nomadic-keys-" + Guid.NewGuid().ToString("N"));
    private readonly byte[] _kek = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task File_store_round_trips_keys_and_signs_after_reload()
    {
        var options = new NomadicIdentityOptions();
        var setup = new TestSetup(options, new FileKeyStore(_directory, _kek));
        var minted = await setup.Issuer.MintAsync(TestSetup.TaskRequest());
        await setup.Keyring.MaintainAsync();

        var reloaded = new TestSetup(options, new FileKeyStore(_directory, _kek));
        Assert.True((await reloaded.Validator.ValidateAsync(minted.Token)).IsValid);
        var again = await reloaded.Issuer.MintAsync(TestSetup.TaskRequest());
        Assert.Equal(minted.KeyId, again.KeyId);
        var file = Assert.Single(Directory.GetFiles(_directory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Tampered_file_or_wrong_kek_fails_authentication()
    {
        using var store = new FileKeyStore(_directory, _kek);
        var key = await store.CreateAsync(SigningAlgorithm.EdDsa, KeyState.Active, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var path = Path.Combine(_directory, key.KeyId + ".key");

        using (var wrongKek = new FileKeyStore(_directory, RandomNumberGenerator.GetBytes(32)))
        {
            await Assert.ThrowsAsync<KeyStoreException>(async () => await wrongKek.ListAsync());
        }

        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 1;
        await File.WriteAllBytesAsync(path, bytes);
        using var reloaded = new FileKeyStore(_directory, _kek);
        var error = await Assert.ThrowsAsync<KeyStoreException>(async () => await reloaded.ListAsync());
        Assert.Contains("failed authentication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_file_holds_no_plaintext_private_key()
    {
        using var store = new FileKeyStore(_directory, _kek);
        var key = await store.CreateAsync(SigningAlgorithm.RS256, KeyState.Active, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var text = await File.ReadAllTextAsync(Path.Combine(_directory, key.KeyId + ".key"));
        Assert.DoesNotContain("private", text, StringComparison.Ordinal);
        Assert.DoesNotContain(key.KeyId, text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
