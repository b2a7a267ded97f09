using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Identity.Tests;

internal sealed class TestSetup
{
    public TestSetup(NomadicIdentityOptions? options = null, IKeyStore? store = null)
    {
        Options = options ?? new NomadicIdentityOptions();
        Store = store ?? new InMemoryKeyStore();
        Keyring = new Keyring(Store, Microsoft.Extensions.Options.Options.Create(Options), Time);
        Issuer = new WorkloadIdentityIssuer(Keyring, Microsoft.Extensions.Options.Options.Create(Options), Time);
        Validator = new WorkloadIdentityValidator(Keyring, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public NomadicIdentityOptions Options { get; }

    public IKeyStore Store { get; }

    public Keyring Keyring { get; }

    public WorkloadIdentityIssuer Issuer { get; }

    public WorkloadIdentityValidator Validator { get; }

    public static WorkloadIdentityRequest TaskRequest(string name = "vault_default", TimeSpan? ttl = null) => new()
    {
        JobId = "job",
        Group = "group",
        Task = "task",
        IdentityName = name,
        AllocationId = "5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab",
        Audience = ["vault.io"],
        Ttl = ttl ?? TimeSpan.FromHours(1),
    };

    public static string Part(string token, int index) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[index]));

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
