using Nomadic.Hcl.Internal;
using System.Security.Cryptography;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The cryptographic functions of go-cty-funcs: bcrypt and rsadecrypt.</summary>
internal static class CryptoFunctions
{
    private const int DefaultCost = 10;
    private const int MinCost = 4;
    private const int MaxCost = 31;

    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["bcrypt"] = HclFunction.Create("bcrypt", [P("str", HclType.String)], HclType.String, Bcrypt, P("cost", HclType.Number),
            "Computes a hash of the given string using the Blowfish cipher, returning a string in the Modular Crypt Format.");
        functions["rsadecrypt"] = HclFunction.Create("rsadecrypt", [P("ciphertext", HclType.String), P("privatekey", HclType.String)], HclType.String, RsaDecrypt,
            description: "Decrypts an RSA-encrypted ciphertext, returning the corresponding cleartext.");
    }

    private static HclValue Bcrypt(IReadOnlyList<HclValue> args)
    {
        long cost = DefaultCost;
        if (args.Count > 1)
        {
            cost = Int(args[1]);
        }

        if (args.Count > 2)
        {
            throw new HclFunctionException("bcrypt() takes no more than two arguments");
        }

        var input = args[0].AsString();
        if (Encoding.UTF8.GetByteCount(input) > 72)
        {
            throw new HclFunctionException("error occured generating password bcrypt: password length exceeds 72 bytes");
        }

        if (cost < MinCost)
        {
            cost = DefaultCost;
        }

        if (cost > MaxCost)
        {
            throw new HclFunctionException($"error occured generating password crypto/bcrypt: cost {cost} is outside allowed range ({MinCost},{MaxCost})");
        }

        return HclValue.String(BCrypt.Net.BCrypt.HashPassword(input, BCrypt.Net.BCrypt.GenerateSalt((int)cost, 'a')));
    }

    private static HclValue RsaDecrypt(IReadOnlyList<HclValue> args)
    {
        var ciphertext = args[0].AsString();
        if (!EncodingFunctions.TryDecodeStd(ciphertext, out var encrypted))
        {
            throw new HclFunctionException($"failed to decode input {GoText.Quote(ciphertext)}: cipher text must be base64-encoded");
        }

        var block = PemBlock.Decode(args[1].AsString()) ?? throw new HclFunctionException("failed to parse key: no key found");
        if (block.Headers.TryGetValue("Proc-Type", out var procType) && procType == "4,ENCRYPTED")
        {
            throw new HclFunctionException("failed to parse key: password protected keys are not supported. Please decrypt the key prior to use");
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportRSAPrivateKey(block.Bytes, out _);
        }
        catch (CryptographicException e)
        {
            throw new HclFunctionException(DescribeKeyError(block.Bytes), e);
        }

        try
        {
            return HclValue.String(Encoding.UTF8.GetString(rsa.Decrypt(encrypted, RSAEncryptionPadding.Pkcs1)));
        }
        catch (CryptographicException e)
        {
            throw new HclFunctionException("crypto/rsa: decryption error", e);
        }
    }

    private static string DescribeKeyError(byte[] der)
    {
        using var probe = RSA.Create();
        try
        {
            probe.ImportPkcs8PrivateKey(der, out _);
            return "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)";
        }
        catch (CryptographicException)
        {
            return "x509: failed to parse private key";
        }
    }

    /// <summary>One PEM block, as Go's <c>pem.Decode</c> finds the first one.</summary>
    private sealed class PemBlock
    {
        private PemBlock(Dictionary<string, string> headers, byte[] bytes)
        {
            Headers = headers;
            Bytes = bytes;
        }

        public Dictionary<string, string> Headers { get; }

        public byte[] Bytes { get; }

        public static PemBlock? Decode(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (!line.StartsWith("-----BEGIN ", StringComparison.Ordinal) || !line.EndsWith("-----", StringComparison.Ordinal))
                {
                    continue;
                }

                var type = line["-----BEGIN ".Length..^5];
                var headers = new Dictionary<string, string>(StringComparer.Ordinal);
                var body = new StringBuilder();
                var j = i + 1;
                for (; j < lines.Length; j++)
                {
                    var l = lines[j].Trim();
                    if (body.Length == 0 && l.Contains(':', StringComparison.Ordinal))
                    {
                        var colon = l.IndexOf(':', StringComparison.Ordinal);
                        headers[l[..colon].Trim()] = l[(colon + 1)..].Trim();
                        continue;
                    }

                    if (l == "-----END " + type + "-----")
                    {
                        return EncodingFunctions.TryDecodeStd(body.ToString(), out var bytes) ? new PemBlock(headers, bytes) : null;
                    }

                    body.Append(l);
                }
            }

            return null;
        }
    }
}
