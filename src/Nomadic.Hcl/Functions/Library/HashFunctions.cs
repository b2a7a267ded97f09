using System.Security.Cryptography;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The hash functions of go-cty-funcs: md5, sha1, sha256, sha512, each the lowercase hex digest of the UTF-8 string.</summary>
internal static class HashFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    /// <param name="fips">Whether to leave out md5 and sha1, as Nomad does in FIPS 140 mode.</param>
    public static void Register(IDictionary<string, HclFunction> functions, bool fips)
    {
        if (!fips)
        {
            functions["md5"] = Make("md5", MD5.HashData);
            functions["sha1"] = Make("sha1", SHA1.HashData);
        }

        functions["sha256"] = Make("sha256", SHA256.HashData);
        functions["sha512"] = Make("sha512", SHA512.HashData);
    }

    private static HclFunction Make(string name, Func<byte[], byte[]> hash) =>
        HclFunction.Create(name, [P("str", HclType.String)], HclType.String,
            a => HclValue.String(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(a[0].AsString())))),
            description: $"Computes the {name.ToUpperInvariant()} hash of a given string and encodes it with hexadecimal digits.");
}
