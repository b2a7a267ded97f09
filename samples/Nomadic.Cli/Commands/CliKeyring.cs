using System.Security.Cryptography;
using Nomadic.Identity;

namespace Nomadic.Cli.Commands;

/// <summary>The keyring of a data directory: a <see cref="FileKeyStore"/> in <c>keyring/</c>, brought up to date on open.</summary>
internal sealed class CliKeyring : IDisposable
{
    private readonly FileKeyStore _store;

    private CliKeyring(FileKeyStore store, NomadicIdentityOptions options, TimeProvider time)
    {
        _store = store;
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Keyring = new Keyring(store, wrapped, time);
        Issuer = new WorkloadIdentityIssuer(Keyring, wrapped, time);
    }

    public NomadicIdentityOptions Options { get; }

    public Keyring Keyring { get; }

    public WorkloadIdentityIssuer Issuer { get; }

    /// <summary>Opens the keyring under <paramref name="dataDir"/> and runs maintenance (creating the first key if there is none).</summary>
    public static async Task<CliKeyring> OpenAsync(string dataDir, CliEnvironment environment, NomadicIdentityOptions options, CancellationToken cancellationToken = default)
    {
        var folder = DataDirectory.EnsureKeyringFolder(dataDir);
        var kek = DataDirectory.KeyEncryptionKey(dataDir, environment);
        FileKeyStore store;
        try
        {
            store = new FileKeyStore(folder, kek);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }

        var keyring = new CliKeyring(store, options, environment.Time);
        try
        {
            await keyring.Keyring.MaintainAsync(cancellationToken).ConfigureAwait(false);
            return keyring;
        }
        catch
        {
            keyring.Dispose();
            throw;
        }
    }

    public void Dispose() => _store.Dispose();
}
