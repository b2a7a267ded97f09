namespace Nomadic.Cli.Tests;

public sealed class OperatorKeyringCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Rotate_prepublishes_a_key_that_signs_an_hour_later_while_old_tokens_keep_validating()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir, ttl: "2h")));
        var oldToken = _cli.Output.ToString().Trim();
        var oldKid = IdentityMintCommandTests.JwtKid(oldToken);

        Assert.Equal(0, await _cli.RotateAsync());
        Assert.Matches("^Key [0-9a-f-]{36} \\(RS256\\) is published now and signs from 2024-03-01T13:00:00Z\\r?\\n$", _cli.Output.ToString());
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        Assert.Equal(oldKid, IdentityMintCommandTests.JwtKid(_cli.Output.ToString()));

        _cli.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        var newToken = _cli.Output.ToString().Trim();

        Assert.NotEqual(oldKid, IdentityMintCommandTests.JwtKid(newToken));
        Assert.True((await _cli.ValidateAsync(oldToken)).IsValid);
        Assert.True((await _cli.ValidateAsync(newToken)).IsValid);
    }

    [Fact]
    public async Task Rotate_now_signs_with_the_new_key_at_once()
    {
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        var oldToken = _cli.Output.ToString().Trim();

        Assert.Equal(0, await _cli.RotateAsync(now: true, algorithm: "EdDSA"));
        Assert.Contains("(EdDSA) signs from now on", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _cli.MintAsync(CliFixture.Mint(_cli.DataDir)));
        var newToken = _cli.Output.ToString().Trim();

        Assert.NotEqual(IdentityMintCommandTests.JwtKid(oldToken), IdentityMintCommandTests.JwtKid(newToken));
        Assert.Contains("\"alg\":\"EdDSA\"", System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(newToken.Split('.')[0])), StringComparison.Ordinal);
        Assert.True((await _cli.ValidateAsync(oldToken)).IsValid);
        Assert.True((await _cli.ValidateAsync(newToken)).IsValid);
    }

    [Fact]
    public async Task List_shows_every_key_with_its_state()
    {
        Assert.Equal(0, await _cli.RotateAsync());
        Assert.Equal(0, await _cli.ListAsync());

        var lines = _cli.Output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(" active ", lines[1], StringComparison.Ordinal);
        Assert.Contains(" prepublished ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_algorithm_is_one_line_on_stderr()
    {
        Assert.Equal(1, await _cli.RotateAsync(algorithm: "HS256"));

        Assert.Equal("nomadic: --algorithm 'HS256' is not RS256 or EdDSA" + Environment.NewLine, _cli.Error.ToString());
    }
}
