using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>
/// The at-rest format of one key file: <c>"NMK1" | nonce (12) | tag (16) | AES-256-GCM ciphertext</c> of a JSON
/// document, with the key ID as associated data so that a file renamed to another key's name fails authentication.
/// </summary>
internal static class KeyFileCodec
{
    public const int KeyEncryptionKeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "NMK1"u8.ToArray();

    public static byte[] Encrypt(KeyEntry entry, ReadOnlySpan<byte> keyEncryptionKey)
    {
        var plaintext = Serialize(entry);
        var output = new byte[Magic.Length + NonceSize + TagSize + plaintext.Length];
        Magic.CopyTo(output, 0);
        var nonce = output.AsSpan(Magic.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keyEncryptionKey, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(Magic.Length + NonceSize + TagSize), output.AsSpan(Magic.Length + NonceSize, TagSize), Encoding.UTF8.GetBytes(entry.Metadata.KeyId));
        CryptographicOperations.ZeroMemory(plaintext);
        return output;
    }

    public static KeyEntry Decrypt(string keyId, ReadOnlySpan<byte> file, ReadOnlySpan<byte> keyEncryptionKey, string path)
    {
        if (file.Length < Magic.Length + NonceSize + TagSize || !file[..Magic.Length].SequenceEqual(Magic))
        {
            throw new KeyStoreException($"Key file '{path}' is not a Nomadic key file (bad header or truncated).");
        }

        var nonce = file.Slice(Magic.Length, NonceSize);
        var tag = file.Slice(Magic.Length + NonceSize, TagSize);
        var ciphertext = file[(Magic.Length + NonceSize + TagSize)..];
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(keyEncryptionKey, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, Encoding.UTF8.GetBytes(keyId));
            return Deserialize(keyId, plaintext, path);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new KeyStoreException($"Key file '{path}' failed authentication: it was modified, renamed, or the key-encryption key is wrong.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] Serialize(KeyEntry entry)
    {
        var m = entry.Metadata;
        var privateKey = entry.Material.ExportPrivate();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kid", m.KeyId);
            writer.WriteString("alg", m.Algorithm.ToJoseName());
            writer.WriteString("state", m.State.ToString());
            writer.WriteNumber("create", m.CreateTime.ToUnixTimeMilliseconds());
            WriteOptionalTime(writer, "activate", m.ActivateTime);
            WriteOptionalTime(writer, "inactive", m.InactiveTime);
            WriteOptionalTime(writer, "last_token_expiry", m.LastTokenExpiry);
            writer.WriteBoolean("tokens_without_expiry", m.SignedTokensWithoutExpiry);
            writer.WriteBase64String("private", privateKey);
            writer.WriteEndObject();
        }

        CryptographicOperations.ZeroMemory(privateKey);
        return buffer.ToArray();
    }

    private static void WriteOptionalTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteNumber(name, time.ToUnixTimeMilliseconds());
        }
    }

    private static KeyEntry Deserialize(string keyId, byte[] plaintext, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            var root = document.RootElement;
            if (root.GetProperty("kid").GetString() != keyId
                || !SigningAlgorithmNames.TryParse(root.GetProperty("alg").GetString(), out var algorithm)
                || !Enum.TryParse<KeyState>(root.GetProperty("state").GetString(), out var state))
            {
                throw new KeyStoreException($"Key file '{path}' has an inconsistent key ID, algorithm or state.");
            }

            var privateKey = root.GetProperty("private").GetBytesFromBase64();
            var material = KeyMaterial.Import(algorithm, privateKey);
            CryptographicOperations.ZeroMemory(privateKey);
            var metadata = new KeyMetadata(
                material.ToPublicJwk(keyId),
                state,
                DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("create").GetInt64()),
                ReadOptionalTime(root, "activate"),
                ReadOptionalTime(root, "inactive"),
                ReadOptionalTime(root, "last_token_expiry"),
                root.GetProperty("tokens_without_expiry").GetBoolean());
            return new KeyEntry(metadata, material);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or CryptographicException)
        {
            throw new KeyStoreException($"Key file '{path}' decrypted but its content is not a valid key: {ex.Message}", ex);
        }
    }

    private static DateTimeOffset? ReadOptionalTime(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()) : null;
}
