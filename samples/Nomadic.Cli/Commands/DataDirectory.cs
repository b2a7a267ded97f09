using System.Security.Cryptography;

namespace Nomadic.Cli.Commands;

/// <summary>
/// The tool's data directory: <c>--data-dir</c>, else <c>NOMADIC_DATA_DIR</c>, else <c>nomadic</c> under the user's local
/// application data (<c>~/.local/share/nomadic</c> on Linux). The keyring lives in <c>keyring/</c>, encrypted under a
/// key-encryption key from <c>NOMADIC_KEYRING_KEY</c> (base64 of 32 bytes) or, when that is unset, from the file
/// <c>keyring-kek</c> generated on first use with mode 0600.
/// </summary>
internal static class DataDirectory
{
    public const string DataDirVariable = "NOMADIC_DATA_DIR";
    public const string KeyVariable = "NOMADIC_KEYRING_KEY";
    public const string KeyringFolder = "keyring";
    public const string KeyFileName = "keyring-kek";

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const int KeySize = 32;

    /// <summary>The data directory to use.</summary>
    public static string Resolve(string? option, CliEnvironment environment)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment.GetVariable(DataDirVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "nomadic");
    }

    /// <summary>Creates the data directory (0700) when missing and returns the keyring folder.</summary>
    public static string EnsureKeyringFolder(string dataDir)
    {
        Create(dataDir);
        var keyring = Path.Combine(dataDir, KeyringFolder);
        Create(keyring);
        return keyring;
    }

    /// <summary>The key-encryption key: from <see cref="KeyVariable"/>, else the key file (generated when missing).</summary>
    /// <exception cref="CliException">The variable or the file does not hold 32 base64 bytes, or the file is open to other users.</exception>
    public static byte[] KeyEncryptionKey(string dataDir, CliEnvironment environment)
    {
        if (environment.GetVariable(KeyVariable) is { Length: > 0 } fromEnvironment)
        {
            return Decode(fromEnvironment, $"{KeyVariable} must be the base64 of {KeySize} bytes");
        }

        var path = Path.Combine(dataDir, KeyFileName);
        if (!File.Exists(path))
        {
            TryGenerate(path);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            throw new CliException($"{path} is accessible to other users; run chmod 600 on it");
        }

        return Decode(File.ReadAllText(path).Trim(), $"{path} must hold the base64 of {KeySize} bytes");
    }

    private static void TryGenerate(string path)
    {
        var key = RandomNumberGenerator.GetBytes(KeySize);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another nomadic process created it first: use theirs.
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Decode(string base64, string problem)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64);
            return bytes.Length == KeySize ? bytes : throw new CliException(problem);
        }
        catch (FormatException)
        {
            throw new CliException(problem);
        }
    }

    private static void Create(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }
    }
}
