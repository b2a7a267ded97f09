using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Cli.Commands;
using Nomadic.Identity;

namespace Nomadic.Cli.Tests;

/// <summary>A temporary data directory, a controlled environment and clock, and captured stdout/stderr.</summary>
internal sealed class CliFixture : IDisposable
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public CliFixture()
    {
        Root = Directory.CreateTempSubdirectory("nomadic-cli-tests-").FullName;
        Environment = new CliEnvironment(name => _variables.GetValueOrDefault(name), Time);
    }

    public string Root { get; }

    public string DataDir => Path.Combine(Root, "data");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public CliEnvironment Environment { get; }

    public StringWriter Output { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    public void SetVariable(string name, string value) => _variables[name] = value;

    public static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static MintInput Mint(string? dataDir, string ttl = "1h", bool claims = false, string? issuer = null) =>
        new("web", "frontend", "server", "vault_default", ["vault.io"], ttl, "default", "global", "5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab", issuer, dataDir, claims);

    /// <summary>Runs <c>identity mint</c> and returns the exit code; output and errors are captured afresh.</summary>
    public Task<int> MintAsync(MintInput input)
    {
        Reset();
        return IdentityMintCommand.RunAsync(input, Environment, Output, Error);
    }

    public Task<int> RotateAsync(bool now = false, string algorithm = "RS256")
    {
        Reset();
        return OperatorKeyringCommand.RotateAsync(DataDir, now, algorithm, Environment, Output, Error);
    }

    public Task<int> ListAsync()
    {
        Reset();
        return OperatorKeyringCommand.ListAsync(DataDir, Environment, Output, Error);
    }

    /// <summary>Validates a token against the data directory's published keys, as a verifier holding the JWKS would.</summary>
    public async Task<TokenValidationResult> ValidateAsync(string token)
    {
        using var keyring = await CliKeyring.OpenAsync(DataDir, Environment, new NomadicIdentityOptions());
        var jwks = OidcDocuments.Jwks(await keyring.Keyring.GetPublicKeysAsync());
        var validator = new WorkloadIdentityValidator(new StaticPublicKeyProvider(JsonWebKeySetReader.Read(jwks)), Time);
        return await validator.ValidateAsync(token, new TokenValidationOptions { ValidAudiences = ["vault.io"] });
    }

    public void Dispose()
    {
        Output.Dispose();
        Error.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private void Reset()
    {
        Output.Dispose();
        Error.Dispose();
        Output = new StringWriter();
        Error = new StringWriter();
    }
}
