using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Identity;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class TokenManagerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly Channel<string> _progress = Channel.CreateUnbounded<string>();
    private readonly List<VaultTokenChange> _changes = [];
    private readonly string _secrets = Path.Combine(Path.GetTempPath(), "nomadic-vault-" + Guid.NewGuid().ToString("N"));
    private NomadOidcServer _oidc = null!;
    private FakeVaultServer _vault = null!;
    private VaultTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _oidc = await NomadOidcServer.StartAsync();
        _vault = await FakeVaultServer.StartAsync();
        _host = new VaultTestHost(_vault);
        await new VaultSetup(_host.Admin, new VaultSetupOptions { JwksUrl = _oidc.JwksUrl }).ApplyAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _vault.DisposeAsync();
        await _oidc.DisposeAsync();
        if (Directory.Exists(_secrets))
        {
            Directory.Delete(_secrets, recursive: true);
        }
    }

    private VaultTokenManager Manager(Action<VaultTaskTokenOptions>? configure = null)
    {
        var options = new VaultTaskTokenOptions { SecretsDirectory = _secrets, ChangeMode = VaultChangeMode.Signal, ChangeSignal = "SIGHUP" };
        configure?.Invoke(options);
        var request = new WorkloadIdentityRequest
        {
            JobId = "web", Group = "frontend", Task = "server", AllocationId = "alloc-1", IdentityName = "vault_default", Audience = ["vault.io"], Ttl = TimeSpan.FromHours(1),
        };
        return new VaultTokenManager(
            _host.Admin,
            options,
            async ct => (await _oidc.Issuer.MintAsync(request, ct)).Token,
            (change, _) =>
            {
                lock (_changes)
                {
                    _changes.Add(change);
                }

                return ValueTask.CompletedTask;
            },
            _time,
            random: new Random(7))
        {
            Progress = step => _progress.Writer.TryWrite(step),
        };
    }

    private async Task ExpectAsync(string step)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await _progress.Reader.ReadAsync(guard.Token);
            if (next == step)
            {
                return;
            }

            Assert.NotEqual("retry", next);
        }
    }

    private void AdvanceToRenewal(VaultTokenManager manager) => _time.Advance(manager.NextRenewal!.Value - _time.GetUtcNow());

    [Fact]
    public async Task Renews_at_half_the_lease_with_jitter_asking_for_the_lease_again()
    {
        await using var manager = Manager();
        var first = await manager.StartAsync();
        await ExpectAsync("scheduled");

        var wait = manager.NextRenewal!.Value - _time.GetUtcNow();
        Assert.InRange(wait, TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(_vault.Requests, r => r.Path.EndsWith("renew-self", StringComparison.Ordinal));

        AdvanceToRenewal(manager);
        await ExpectAsync("renewed");
        await ExpectAsync("scheduled");

        var renew = Assert.Single(_vault.Requests, r => r.Path == "/v1/auth/token/renew-self");
        Assert.Equal("""{"increment":1800}""", renew.Body);
        Assert.True(renew.HadToken);
        Assert.Equal(first.ClientToken, manager.Current!.ClientToken);
        Assert.Empty(_changes);
    }

    [Fact]
    public async Task A_fatal_renewal_error_logs_in_again_and_raises_the_change_mode()
    {
        await using var manager = Manager();
        var first = await manager.StartAsync();
        await ExpectAsync("scheduled");
        _vault.Revoke(first.ClientToken.Reveal());

        AdvanceToRenewal(manager);
        await ExpectAsync("relogin");

        var change = Assert.Single(_changes);
        Assert.Equal(VaultChangeMode.Signal, change.Mode);
        Assert.Equal("SIGHUP", change.Signal);
        Assert.Contains("permission denied", change.Reason);
        Assert.NotEqual(first.ClientToken, manager.Current!.ClientToken);
        Assert.Equal(manager.Current.ClientToken.Reveal(), await File.ReadAllTextAsync(manager.TokenFilePath!));
        await ExpectAsync("scheduled");
    }

    [Fact]
    public async Task A_batch_token_is_never_renewed()
    {
        var role = await _host.Admin.ReadJwtRoleAsync("jwt-nomad", "nomad-workloads");
        var batch = JsonNode.Parse(role!.Value.GetRawText())!.AsObject();
        batch["token_type"] = "batch";
        batch["token_ttl"] = 600;
        await _host.Admin.WriteJwtRoleAsync("jwt-nomad", "nomad-workloads", batch);
        await using var manager = Manager();

        var auth = await manager.StartAsync();
        await ExpectAsync("expiring");

        Assert.False(auth.Renewable);
        Assert.Equal("batch", auth.TokenType);
        Assert.True(manager.AllowsExpiration);
        Assert.Null(manager.NextRenewal);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.DoesNotContain(_vault.Requests, r => r.Path.EndsWith("renew-self", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Allow_token_expiration_leaves_a_renewable_token_unrenewed()
    {
        await using var manager = Manager(o => o.AllowTokenExpiration = true);

        var auth = await manager.StartAsync();
        await ExpectAsync("expiring");

        Assert.True(auth.Renewable);
        Assert.Null(manager.NextRenewal);
    }

    [Fact]
    public async Task Delivers_the_token_as_env_and_as_an_owner_only_file()
    {
        await using var manager = Manager(o => o.Namespace = null);
        var auth = await manager.StartAsync();

        Assert.Equal(auth.ClientToken.Reveal(), manager.Environment["VAULT_TOKEN"]);
        Assert.False(manager.Environment.ContainsKey("VAULT_NAMESPACE"));
        var path = Path.Combine(_secrets, "vault_token");
        Assert.Equal(path, manager.TokenFilePath);
        Assert.Equal(auth.ClientToken.Reveal(), await File.ReadAllTextAsync(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Empty(Directory.GetFiles(_secrets, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Disable_file_and_env_false_deliver_nothing()
    {
        await using var manager = Manager(o =>
        {
            o.DisableFile = true;
            o.Env = false;
        });

        await manager.StartAsync();

        Assert.Null(manager.TokenFilePath);
        Assert.Empty(manager.Environment);
        Assert.False(File.Exists(Path.Combine(_secrets, "vault_token")));
    }

    [Fact]
    public void The_job_block_decides_role_namespace_and_change_mode_with_Nomads_precedence()
    {
        var cluster = new VaultClientOptions { CreateFromRole = "agent-role", Namespace = "agent-ns", JwtAuthBackendPath = "jwt-nomad/" };

        var inherited = VaultTaskTokenOptions.FromJob(new Nomadic.Core.Jobs.Vault(), cluster, "/secrets");
        var own = VaultTaskTokenOptions.FromJob(new Nomadic.Core.Jobs.Vault { Role = "job-role", Namespace = "job-ns", ChangeMode = "noop", Env = false, DisableFile = true }, cluster, null);
        var fallback = VaultTaskTokenOptions.FromJob(new Nomadic.Core.Jobs.Vault(), new VaultClientOptions(), null);

        Assert.Equal(("agent-role", "agent-ns", "jwt-nomad", VaultChangeMode.Restart, true), (inherited.Role, inherited.Namespace, inherited.AuthMount, inherited.ChangeMode, inherited.Env));
        Assert.Equal(("job-role", "job-ns", VaultChangeMode.Noop, false, true), (own.Role, own.Namespace, own.ChangeMode, own.Env, own.DisableFile));
        Assert.Equal("", fallback.Role);
    }

    [Fact]
    public void Renewal_delay_is_half_the_lease_within_ten_seconds_and_unjittered_below_thirty()
    {
        var random = new Random(1);
        for (var i = 0; i < 100; i++)
        {
            Assert.InRange(VaultRenewalSchedule.RenewalDelay(TimeSpan.FromMinutes(30), random), TimeSpan.FromSeconds(890), TimeSpan.FromSeconds(910));
        }

        Assert.Equal(TimeSpan.FromSeconds(10), VaultRenewalSchedule.RenewalDelay(TimeSpan.FromSeconds(20), random));
        Assert.Equal(TimeSpan.FromSeconds(1), VaultRenewalSchedule.RenewalDelay(TimeSpan.Zero, random));
    }

    [Fact]
    public async Task A_transient_renewal_failure_is_retried_on_the_same_token_without_a_change_event()
    {
        await using var manager = Manager();
        var first = await manager.StartAsync();
        await ExpectAsync("scheduled");
        var failing = true;
        _vault.Intercept = async context =>
        {
            if (!Volatile.Read(ref failing) || !context.Request.Path.Value!.EndsWith("renew-self", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.StatusCode = 503;
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, """{"errors":["Vault is sealed"]}""");
            return true;
        };

        AdvanceToRenewal(manager);
        Assert.Equal("retry", await _progress.Reader.ReadAsync());
        await ExpectAsync("scheduled");
        Volatile.Write(ref failing, false);
        AdvanceToRenewal(manager);
        await ExpectAsync("renewed");

        Assert.Empty(_changes);
        Assert.Equal(first.ClientToken, manager.Current!.ClientToken);
    }

    [Fact]
    public async Task A_failed_relogin_is_retried_until_Vault_accepts_the_identity_again()
    {
        await using var manager = Manager();
        var first = await manager.StartAsync();
        await ExpectAsync("scheduled");
        _vault.Revoke(first.ClientToken.Reveal());
        var loginDown = true;
        _vault.Intercept = async context =>
        {
            if (!Volatile.Read(ref loginDown) || !context.Request.Path.Value!.EndsWith("/login", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.StatusCode = 503;
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, """{"errors":["Vault is sealed"]}""");
            return true;
        };

        AdvanceToRenewal(manager);
        Assert.Equal("retry", await _progress.Reader.ReadAsync());
        await ExpectAsync("scheduled");
        Assert.Empty(_changes);
        Volatile.Write(ref loginDown, false);
        AdvanceToRenewal(manager);
        await ExpectAsync("relogin");

        Assert.Single(_changes);
        Assert.NotEqual(first.ClientToken, manager.Current!.ClientToken);
    }
}
