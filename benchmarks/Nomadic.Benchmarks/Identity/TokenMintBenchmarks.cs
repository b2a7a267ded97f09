using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nomadic.Identity;

namespace Nomadic.Benchmarks;

/// <summary>
/// Minting a workload identity against the bare cost of its signature: <c>RSA.SignData</c> (RSA-2048, SHA-256, PKCS#1)
/// over an input the size of a token's signing input is the baseline; RS256 and EdDSA minting through the issuer follow,
/// and minting with a key store that does not sign isolates the issuer's own work from the signature.
/// </summary>
[MemoryDiagnoser]
public class TokenMintBenchmarks
{
    private RSA _rsa = null!;
    private byte[] _signingInput = [];
    private IdentityBench _rs256 = null!;
    private IdentityBench _edDsa = null!;
    private IdentityBench _unsigned = null!;
    private readonly ArrayBufferWriter<byte> _utf8 = new(1024);

    /// <summary>Creates the keys and one token to size the baseline's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        _rs256 = new IdentityBench(SigningAlgorithm.RS256);
        _edDsa = new IdentityBench(SigningAlgorithm.EdDsa);
        _unsigned = new IdentityBench(SigningAlgorithm.RS256, new UnsignedKeyStore());
        var token = _rs256.Issuer.MintAsync(IdentityBench.Request).AsTask().GetAwaiter().GetResult().Token;
        _signingInput = Encoding.ASCII.GetBytes(token[..token.LastIndexOf('.')]);
        Console.WriteLine($"// RS256 token: {token.Length} characters, so its string alone is {22 + (2 * token.Length)} bytes");
    }

    /// <summary>Disposes the keys.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _rsa.Dispose();
        _rs256.Dispose();
        _edDsa.Dispose();
        _unsigned.Dispose();
    }

    /// <summary>The bare signature.</summary>
    /// <returns>The signature.</returns>
    [Benchmark(Baseline = true)]
    public byte[] RsaSignData() => _rsa.SignData(_signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>An RS256 token through the issuer.</summary>
    /// <returns>The token.</returns>
    [Benchmark]
    public async ValueTask<SignedIdentity> MintRs256() => await _rs256.Issuer.MintAsync(IdentityBench.Request).ConfigureAwait(false);

    /// <summary>An RS256 token through the issuer, written as UTF-8 into a reused buffer instead of returned as a string.</summary>
    /// <returns>The token's length in bytes.</returns>
    [Benchmark]
    public async ValueTask<int> MintRs256Utf8()
    {
        _utf8.ResetWrittenCount();
        return (await _rs256.Issuer.MintUtf8Async(IdentityBench.Request, _utf8).ConfigureAwait(false)).BytesWritten;
    }

    /// <summary>An EdDSA token through the issuer.</summary>
    /// <returns>The token.</returns>
    [Benchmark]
    public async ValueTask<SignedIdentity> MintEdDsa() => await _edDsa.Issuer.MintAsync(IdentityBench.Request).ConfigureAwait(false);

    /// <summary>An RS256-shaped token through the issuer with a key store that does not really sign: the issuer's own cost.</summary>
    /// <returns>The token.</returns>
    [Benchmark]
    public async ValueTask<SignedIdentity> MintWithoutSignature() => await _unsigned.Issuer.MintAsync(IdentityBench.Request).ConfigureAwait(false);
}
