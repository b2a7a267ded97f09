using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nomadic.Identity;

namespace Nomadic.Benchmarks;

/// <summary>
/// Validating a workload identity against the bare cost of checking its signature: <c>RSA.VerifyData</c> of the same
/// token's signing input and signature with the same public key is the baseline; full RS256 and EdDSA validation follow.
/// </summary>
[MemoryDiagnoser]
public class TokenValidateBenchmarks
{
    private RSA _rsa = null!;
    private byte[] _signingInput = [];
    private byte[] _signature = [];
    private string _rs256Token = "";
    private string _edDsaToken = "";
    private IdentityBench _rs256 = null!;
    private IdentityBench _edDsa = null!;

    /// <summary>Mints one token per algorithm and imports the RS256 public key for the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rs256 = new IdentityBench(SigningAlgorithm.RS256);
        _edDsa = new IdentityBench(SigningAlgorithm.EdDsa);
        _rs256Token = _rs256.Issuer.MintAsync(IdentityBench.Request).AsTask().GetAwaiter().GetResult().Token;
        _edDsaToken = _edDsa.Issuer.MintAsync(IdentityBench.Request).AsTask().GetAwaiter().GetResult().Token;
        var jwk = _rs256.Keyring.GetPublicKeysAsync().AsTask().GetAwaiter().GetResult()[0];
        _rsa = RSA.Create();
        _rsa.ImportParameters(new RSAParameters { Modulus = System.Buffers.Text.Base64Url.DecodeFromChars(jwk.N), Exponent = System.Buffers.Text.Base64Url.DecodeFromChars(jwk.E) });
        var dot = _rs256Token.LastIndexOf('.');
        _signingInput = Encoding.ASCII.GetBytes(_rs256Token[..dot]);
        _signature = System.Buffers.Text.Base64Url.DecodeFromChars(_rs256Token.AsSpan(dot + 1));
    }

    /// <summary>Disposes the keys.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _rsa.Dispose();
        _rs256.Dispose();
        _edDsa.Dispose();
    }

    /// <summary>The bare verification.</summary>
    /// <returns>Whether the signature verifies.</returns>
    [Benchmark(Baseline = true)]
    public bool RsaVerifyData() => _rsa.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>Full validation of an RS256 token.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public async ValueTask<TokenValidationResult> ValidateRs256() => await _rs256.Validator.ValidateAsync(_rs256Token, IdentityBench.ValidationOptions).ConfigureAwait(false);

    /// <summary>Full validation of an EdDSA token.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public async ValueTask<TokenValidationResult> ValidateEdDsa() => await _edDsa.Validator.ValidateAsync(_edDsaToken, IdentityBench.ValidationOptions).ConfigureAwait(false);
}
