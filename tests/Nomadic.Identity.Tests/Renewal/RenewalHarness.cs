using System.Threading.Channels;

namespace Nomadic.Identity.Tests.Renewal;

/// <summary>A renewer over a fake clock, a temporary secrets directory and recorded events.</summary>
internal sealed class RenewalHarness : IAsyncDisposable
{
    // Only guards against a hang; no test measures time.
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(30);

    private readonly Channel<IdentityChangedEventArgs> _changes = Channel.CreateUnbounded<IdentityChangedEventArgs>();
    private readonly Channel<IdentityRenewalFailedEventArgs> _failures = Channel.CreateUnbounded<IdentityRenewalFailedEventArgs>();

    public RenewalHarness(params TaskIdentity[] identities)
        : this(new NoJitterRandom(), identities)
    {
    }

    public RenewalHarness(Random random, params TaskIdentity[] identities)
    {
        Setup = new TestSetup(new NomadicIdentityOptions { Issuer = "https://nomad.example.com" }, Store);
        Directory.CreateDirectory(SecretsDirectory);
        Renewer = new IdentityRenewer(Setup.Issuer, Workload, identities, SecretsDirectory, Setup.Time, random);
        Renewer.IdentityChanged += (_, e) => _changes.Writer.TryWrite(e);
        Renewer.RenewalFailed += (_, e) => _failures.Writer.TryWrite(e);
        Start = Setup.Time.GetUtcNow();
    }

    public static WorkloadIdentityRequest Workload { get; } = new()
    {
        JobId = "web",
        Group = "frontend",
        Task = "server",
        AllocationId = "5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab",
    };

    public SwitchableKeyStore Store { get; } = new();

    public TestSetup Setup { get; }

    public IdentityRenewer Renewer { get; }

    public DateTimeOffset Start { get; }

    public string SecretsDirectory { get; } = Path.Combine(Path.GetTempPath(), "nomadic-renew-" + Guid.NewGuid().ToString("N"));

    public void Advance(TimeSpan by) => Setup.Time.Advance(by);

    public async Task<IdentityChangedEventArgs> NextChangeAsync()
    {
        using var timeout = new CancellationTokenSource(EventWait);
        return await _changes.Reader.ReadAsync(timeout.Token);
    }

    public async Task<IdentityRenewalFailedEventArgs> NextFailureAsync()
    {
        using var timeout = new CancellationTokenSource(EventWait);
        return await _failures.Reader.ReadAsync(timeout.Token);
    }

    public bool HasPendingChange => _changes.Reader.TryPeek(out _);

    public bool HasPendingFailure => _failures.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await Renewer.DisposeAsync();
        Directory.Delete(SecretsDirectory, recursive: true);
    }
}
