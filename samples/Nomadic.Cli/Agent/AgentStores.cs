using System.Security.Cryptography;
using Nomadic.Cli.Commands;
using Nomadic.Identity;
using Nomadic.Locks;

namespace Nomadic.Cli.Agent;

/// <summary>
/// The agent's key store and variable store: in memory with <c>-dev</c>; otherwise the encrypted <see cref="FileKeyStore"/> in
/// <c>DATA_DIR/keyring/</c> (key-encryption key from <c>NOMADIC_KEYRING_KEY</c>, else the file <c>DATA_DIR/keyring-kek</c>) and
/// the SQLite file <c>DATA_DIR/variables.db</c>.
/// </summary>
internal static class AgentStores
{
    public const string VariablesFileName = "variables.db";

    public static IKeyStore CreateKeyStore(AgentSettings settings, CliEnvironment environment)
    {
        if (settings.DataDir is not { } dataDir)
        {
            return new InMemoryKeyStore();
        }

        var folder = DataDirectory.EnsureKeyringFolder(dataDir);
        var kek = DataDirectory.KeyEncryptionKey(dataDir, environment);
        try
        {
            return new FileKeyStore(folder, kek);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    public static IVariableStore CreateVariableStore(AgentSettings settings, CliEnvironment environment) =>
        settings.DataDir is { } dataDir
            ? new SqliteVariableStore(Path.Combine(dataDir, VariablesFileName), environment.Time)
            : new InMemoryVariableStore(environment.Time);
}
