using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class IdentityMintCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Mint_prints_one_token_signed_by_the_data_directorys_keyring()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, issuer: "http://127.0.0.1:4646")));

        var token = _cli.Output.ToString().TrimEnd('\n');
        Assert.DoesNotContain('\n', token);
        Assert.Equal(string.Empty, _cli.Error.ToString());
        var result = await _cli.ValidateAsync(token);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("global:default:web:frontend:server:vault_default", result.Claims!.Subject);
        Assert.Equal("http://127.0.0.1:4646", result.Claims.Issuer);
        Assert.Equal(_cli.Time.GetUtcNow().AddHours(1), result.Claims.Expiry);
    }

    [Fact]
    public async Task Claims_prints_the_decoded_header_and_claims_after_the_token()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, ttl: "30m", claims: true)));

        var output = _cli.Output.ToString();
        var token = output[..output.IndexOf('\n', StringComparison.Ordinal)];
        var json = JsonDocument.Parse(output[(token.Length + 1)..]).RootElement;
        Assert.Equal(["alg", "kid", "typ"], json.GetProperty("header").EnumerateObject().Select(p => p.Name));
        Assert.Equal("RS256", json.GetProperty("header").GetProperty("alg").GetString());
        var claims = json.GetProperty("claims");
        Assert.Equal(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1])), JsonSerializer.Serialize(claims));
        Assert.Equal("vault.io", claims.GetProperty("aud").GetString());
        Assert.Equal(1800, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.False(claims.TryGetProperty("iss", out _));
    }

    [Fact]
    public async Task Ttl_zero_mints_a_token_without_exp()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, ttl: "0")));

        var result = await _cli.ValidateAsync(_cli.Output.ToString().Trim());
        Assert.True(result.IsValid, result.ToString());
        Assert.Null(result.Claims!.Expiry);
    }

    [Fact]
    public async Task The_generated_key_encryption_key_is_owner_only_and_reused()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        var first = JwtKid(_cli.Output.ToString());
        var keyFile = Path.Combine(_cli.DataDir, DataDirectory.KeyFileName);
        var kek = await File.ReadAllTextAsync(keyFile);

        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));

        Assert.Equal(first, JwtKid(_cli.Output.ToString()));
        Assert.Equal(kek, await File.ReadAllTextAsync(keyFile));
        Assert.Equal(32, Convert.FromBase64String(kek.Trim()).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public async Task The_key_encryption_key_comes_from_the_environment_when_set()
    {
        _cli.SetVariable(DataDirectory.KeyVariable, CliFixture.RandomKey());

        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));

        Assert.False(File.Exists(Path.Combine(_cli.DataDir, DataDirectory.KeyFileName)));
        Assert.True((await _cli.ValidateAsync(_cli.Output.ToString().Trim())).IsValid);
    }

    [Fact]
    public async Task The_data_directory_comes_from_NOMADIC_DATA_DIR_without_the_option()
    {
        _cli.SetVariable(DataDirectory.DataDirVariable, _cli.DataDir);

        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(dataDir: null)));

        Assert.True(Directory.Exists(Path.Combine(_cli.DataDir, DataDirectory.KeyringFolder)));
    }

    [Theory]
    [InlineData("forever", "nomadic: --ttl 'forever' is not a duration such as 1h, 30m or 90s")]
    [InlineData("25h", "nomadic: --ttl 25h is longer than the 24h maximum token lifetime")]
    public async Task A_bad_ttl_is_one_line_on_stderr(string ttl, string message)
    {
        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, ttl: ttl)));

        Assert.Equal(message + Environment.NewLine, _cli.Error.ToString());
        Assert.Equal(string.Empty, _cli.Output.ToString());
    }

    [Fact]
    public async Task Bad_input_and_a_wrong_key_encryption_key_are_one_line_each()
    {
        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir) with { Identity = "no spaces allowed" }));
        AssertOneLine("nomadic: Identity name 'no spaces allowed' must match");

        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, issuer: "not a url")));
        AssertOneLine("nomadic: --issuer 'not a url' is not an absolute http(s) URL");

        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        _cli.SetVariable(DataDirectory.KeyVariable, CliFixture.RandomKey());
        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        AssertOneLine("nomadic: Key file");
        Assert.Contains("the key-encryption key is wrong", _cli.Error.ToString());

        _cli.SetVariable(DataDirectory.KeyVariable, "c2hvcnQ=");
        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        AssertOneLine("nomadic: NOMADIC_KEYRING_KEY must be the base64 of 32 bytes");
    }

    [Fact]
    public async Task A_key_file_readable_by_others_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        var keyFile = Path.Combine(_cli.DataDir, DataDirectory.KeyFileName);
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        Assert.Equal(1, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        AssertOneLine($"nomadic: {keyFile} is accessible to other users; run chmod 600 on it");
    }

    internal static string JwtKid(string output)
    {
        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(output.Trim().Split('.')[0]));
        return JsonDocument.Parse(header).RootElement.GetProperty("kid").GetString()!;
    }

    private void AssertOneLine(string prefix)
    {
        var error = _cli.Error.ToString();
        Assert.StartsWith(prefix, error, StringComparison.Ordinal);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
