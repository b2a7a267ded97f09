using System.Text.RegularExpressions;
using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class CryptoFunctionTests
{
    [Theory]
    [InlineData("md5", "tada", "ce47d07243bb6eaf5e1322c81baf9bbf")]
    [InlineData("md5", " tada ", "aadf191a583e53062de2d02c008141c4")]
    [InlineData("md5", "", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("sha1", "test", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")]
    [InlineData("sha256", "test", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("sha512", "test", "ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff")]
    public void Hashes(string name, string input, string expected) => Same(S(expected), Call(name, S(input)));

    [Fact]
    public void FipsLeavesOutMd5AndSha1()
    {
        var lib = HclStandardLibrary.Create(new HclFunctionOptions { Fips = true });
        Assert.False(lib.ContainsKey("md5"));
        Assert.False(lib.ContainsKey("sha1"));
        Assert.True(lib.ContainsKey("sha256"));
        Assert.True(lib.ContainsKey("sha512"));
    }

    [Fact]
    public void BcryptHashVerifies()
    {
        var hash = Call("bcrypt", S("test")).AsString();
        Assert.StartsWith("$2a$10$", hash, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify("test", hash));
    }

    [Fact]
    public void BcryptHonoursCost()
    {
        var hash = Call("bcrypt", S("test"), N(5)).AsString();
        Assert.StartsWith("$2a$05$", hash, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify("test", hash));
    }

    [Fact]
    public void BcryptTakesAtMostTwoArguments() =>
        Assert.Equal("bcrypt() takes no more than two arguments", Fails("bcrypt", S("test"), N(10), N(11)).Message);

    [Fact]
    public void BcryptRejectsTooHighCost() =>
        Assert.Equal("error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31)", Fails("bcrypt", S("x"), N(32)).Message);

    [Fact]
    public void RsaDecrypt() => Same(S("message"), Call("rsadecrypt", S(RsaTestVector.CipherBase64), S(RsaTestVector.PrivateKey)));

    [Fact]
    public void RsaDecryptWithWrongKeyFails() =>
        Assert.Equal("crypto/rsa: decryption error", Fails("rsadecrypt", S(RsaTestVector.CipherBase64), S(RsaTestVector.WrongPrivateKey)).Message);

    [Theory]
    [InlineData("bad key")]
    [InlineData("")]
    public void RsaDecryptWithoutKeyFails(string key) =>
        Assert.Equal("failed to parse key: no key found", Fails("rsadecrypt", S(RsaTestVector.CipherBase64), S(key)).Message);

    [Fact]
    public void RsaDecryptRejectsBadCiphertext() =>
        Assert.Equal("failed to decode input \"bad cipher\": cipher text must be base64-encoded", Fails("rsadecrypt", S("bad cipher"), S(RsaTestVector.PrivateKey)).Message);

    [Fact]
    public void RsaDecryptRejectsEmptyCiphertext() => Assert.NotNull(Fails("rsadecrypt", S(string.Empty), S(RsaTestVector.PrivateKey)));

    [Fact]
    public void RsaDecryptRejectsEncryptedKeys()
    {
        const string key = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00000000000000000000000000000000\n\nAAAA\n-----END RSA PRIVATE KEY-----\n";
        Assert.Equal("failed to parse key: password protected keys are not supported. Please decrypt the key prior to use", Fails("rsadecrypt", S(RsaTestVector.CipherBase64), S(key)).Message);
    }

    [Fact]
    public void UuidV4IsRandomVersion4()
    {
        var a = Call("uuidv4").AsString();
        var b = Call("uuidv4").AsString();
        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), a);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("dns", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8")]
    [InlineData("url", "tada", "2c1ff6b4-211f-577e-94de-d978b0caa16e")]
    [InlineData("oid", "tada", "61eeea26-5176-5288-87fc-232d6ed30d2f")]
    [InlineData("x500", "tada", "7e12415e-f7c9-57c3-9e43-52dc9950d264")]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8")]
    [InlineData("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8")]
    [InlineData("urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8")]
    [InlineData("6ba7b8109dad11d180b400c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8")]
    public void UuidV5(string ns, string name, string expected) => Same(S(expected), Call("uuidv5", S(ns), S(name)));

    [Fact]
    public void UuidV5RejectsUnknownNamespace() =>
        Assert.Equal("uuidv5() doesn't support namespace tada (invalid UUID length: 4)", Fails("uuidv5", S("tada"), S("tada")).Message);

    [Fact]
    public void UnknownArgumentGivesUnknownString() => Same(Unknown(HclType.String), Call("sha256", Unknown(HclType.String)));
}
