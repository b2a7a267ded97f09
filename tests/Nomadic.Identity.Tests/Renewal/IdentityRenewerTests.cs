namespace Nomadic.Identity.Tests.Renewal;

public sealed class IdentityRenewerTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static TaskIdentity Vault(IdentityChangeMode mode = IdentityChangeMode.Restart, string? signal = null, bool env = true, bool file = true) => new()
    {
        Name = "vault_default",
        Audience = ["vault.io"],
        Ttl = Hour,
        Env = env,
        File = file,
        ChangeMode = mode,
        ChangeSignal = signal,
    };

    private static TaskIdentity Default(bool env = true, bool file = true) => new() { Audience = ["nomadproject.io"], Env = env, File = file };

    [Fact]
    public async Task Start_mints_and_delivers_each_identity_as_its_block_asks_without_change_events()
    {
        var consul = new TaskIdentity { Name = "consul_default", Audience = ["consul.io"], Ttl = Hour, Env = false, File = false };
        await using var h = new RenewalHarness(Default(env: true, file: false), Vault(env: false, file: true), consul);
        await h.Renewer.StartAsync();

        Assert.Equal(["NOMAD_TOKEN"], h.Renewer.Environment.Keys);
        Assert.Equal(h.Renewer.GetToken("default")!.Token, h.Renewer.Environment["NOMAD_TOKEN"]);
        Assert.Equal(["nomad_vault_default.jwt"], Directory.GetFiles(h.SecretsDirectory).Select(Path.GetFileName));
        Assert.Equal(h.Renewer.GetToken("vault_default")!.Token, await File.ReadAllTextAsync(Path.Combine(h.SecretsDirectory, "nomad_vault_default.jwt")));
        Assert.NotNull(h.Renewer.GetToken("consul_default"));
        Assert.Null(h.Renewer.GetToken("default")!.ExpiresAt);
        Assert.Equal(h.Start + Hour, h.Renewer.GetToken("vault_default")!.ExpiresAt);
        Assert.Equal("global:default:web:frontend:server:vault_default", h.Renewer.GetToken("vault_default")!.Claims.Subject);
        Assert.Equal(["vault.io"], h.Renewer.GetToken("vault_default")!.Claims.Audience);
        Assert.False(h.HasPendingChange);
    }

    [Fact]
    public async Task A_ttl_identity_is_renewed_at_half_its_remaining_lifetime_each_time()
    {
        await using var h = new RenewalHarness(Vault());
        await h.Renewer.StartAsync();

        h.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        h.Advance(TimeSpan.FromSeconds(1));
        var first = await h.NextChangeAsync();
        Assert.Equal(h.Start + TimeSpan.FromMinutes(30), first.Token.Claims.IssuedAt);
        Assert.Equal(h.Start + TimeSpan.FromMinutes(90), first.Token.ExpiresAt);

        h.Advance(TimeSpan.FromMinutes(29));
        h.Advance(TimeSpan.FromMinutes(1));
        var second = await h.NextChangeAsync();
        Assert.Equal(h.Start + TimeSpan.FromMinutes(60), second.Token.Claims.IssuedAt);
        Assert.NotEqual(first.Token.Claims.TokenId, second.Token.Claims.TokenId);
    }

    [Fact]
    public async Task Jitter_adds_up_to_ten_percent_of_the_half_lifetime()
    {
        await using var h = new RenewalHarness(new Random(7), Vault());
        var expected = RenewalSchedule.IdentityRenewalDelay(h.Start + Hour, h.Start, new Random(7));
        Assert.InRange(expected, TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(33));
        await h.Renewer.StartAsync();

        h.Advance(expected - TimeSpan.FromSeconds(1));
        h.Advance(TimeSpan.FromSeconds(1));
        var renewed = await h.NextChangeAsync();
        Assert.Equal((h.Start + expected).ToUnixTimeSeconds(), renewed.Token.Claims.IssuedAt!.Value.ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData(IdentityChangeMode.Noop, null, null)]
    [InlineData(IdentityChangeMode.Signal, "sighup", "SIGHUP")]
    [InlineData(IdentityChangeMode.Restart, null, null)]
    public async Task Change_events_carry_the_blocks_change_mode_and_signal(IdentityChangeMode mode, string? signal, string? expectedSignal)
    {
        await using var h = new RenewalHarness(Vault(mode, signal));
        await h.Renewer.StartAsync();
        h.Advance(TimeSpan.FromMinutes(30));
        var change = await h.NextChangeAsync();
        Assert.Equal("vault_default", change.Name);
        Assert.Equal(mode, change.ChangeMode);
        Assert.Equal(expectedSignal, change.ChangeSignal);
        Assert.Equal("NOMAD_TOKEN_vault_default", change.EnvironmentVariable);
        Assert.Equal(Path.Combine(h.SecretsDirectory, "nomad_vault_default.jwt"), change.FilePath);
    }

    [Fact]
    public async Task A_renewal_rewrites_the_file_atomically_with_mode_0600_and_updates_the_environment_before_its_event()
    {
        await using var h = new RenewalHarness(Vault());
        string? fileAtEvent = null;
        string? envAtEvent = null;
        h.Renewer.IdentityChanged += (_, e) =>
        {
            fileAtEvent = File.ReadAllText(e.FilePath!);
            envAtEvent = h.Renewer.Environment["NOMAD_TOKEN_vault_default"];
        };
        await h.Renewer.StartAsync();
        var before = h.Renewer.Environment;
        var path = Path.Combine(h.SecretsDirectory, "nomad_vault_default.jwt");
        var initial = await File.ReadAllTextAsync(path);

        h.Advance(TimeSpan.FromMinutes(30));
        var change = await h.NextChangeAsync();

        Assert.NotEqual(initial, change.Token.Token);
        Assert.Equal(change.Token.Token, fileAtEvent);
        Assert.Equal(change.Token.Token, envAtEvent);
        Assert.Equal(change.Token.Token, await File.ReadAllTextAsync(path));
        Assert.Equal(initial, before["NOMAD_TOKEN_vault_default"]);
        Assert.Single(Directory.GetFileSystemEntries(h.SecretsDirectory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Identities_without_a_ttl_are_never_renewed()
    {
        var noTtl = new TaskIdentity { Name = "aws", Audience = ["sts.amazonaws.com"], File = true, ChangeMode = IdentityChangeMode.Restart };
        await using var h = new RenewalHarness(Default(), noTtl, Vault());
        await h.Renewer.StartAsync();
        var defaultToken = h.Renewer.GetToken("default");
        var awsToken = h.Renewer.GetToken("aws");
        Assert.Null(awsToken!.ExpiresAt);

        for (var i = 0; i < 5; i++)
        {
            h.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal("vault_default", (await h.NextChangeAsync()).Name);
        }

        Assert.False(h.HasPendingChange);
        Assert.Same(defaultToken, h.Renewer.GetToken("default"));
        Assert.Same(awsToken, h.Renewer.GetToken("aws"));
    }

    [Fact]
    public async Task Identities_with_different_ttls_are_renewed_on_their_own_schedules()
    {
        var consul = new TaskIdentity { Name = "consul_default", Audience = ["consul.io"], Ttl = TimeSpan.FromMinutes(10), ChangeMode = IdentityChangeMode.Signal, ChangeSignal = "SIGUSR1" };
        await using var h = new RenewalHarness(Vault(), consul);
        await h.Renewer.StartAsync();

        var renewed = new List<(string Name, DateTimeOffset? At)>();
        for (var i = 1; i <= 6; i++)
        {
            h.Advance(TimeSpan.FromMinutes(5));
            for (var events = i == 6 ? 2 : 1; events > 0; events--)
            {
                var change = await h.NextChangeAsync();
                renewed.Add((change.Name, change.Token.Claims.IssuedAt));
            }
        }

        Assert.Equal(6, renewed.Count(r => r.Name == "consul_default"));
        Assert.Equal([h.Start + TimeSpan.FromMinutes(30)], renewed.Where(r => r.Name == "vault_default").Select(r => r.At));
    }

    [Fact]
    public async Task Stop_cancels_renewals_and_keeps_what_was_delivered()
    {
        await using var h = new RenewalHarness(Vault());
        await h.Renewer.StartAsync();
        var token = h.Renewer.GetToken("vault_default");
        var environment = h.Renewer.Environment;

        await h.Renewer.StopAsync();
        h.Advance(TimeSpan.FromHours(5));

        Assert.False(h.HasPendingChange);
        Assert.False(h.HasPendingFailure);
        Assert.Same(token, h.Renewer.GetToken("vault_default"));
        Assert.Same(environment, h.Renewer.Environment);
        Assert.Equal(token!.Token, await File.ReadAllTextAsync(Path.Combine(h.SecretsDirectory, "nomad_vault_default.jwt")));
        await h.Renewer.StopAsync();
    }

    [Fact]
    public async Task A_failed_renewal_is_an_event_and_is_retried_with_backoff()
    {
        await using var h = new RenewalHarness(Vault());
        await h.Renewer.StartAsync();
        var token = h.Renewer.GetToken("vault_default");

        h.Store.FailSigning = true;
        h.Advance(TimeSpan.FromMinutes(30));
        var first = await h.NextFailureAsync();
        Assert.Equal(1, first.Attempt);
        Assert.Equal(TimeSpan.FromSeconds(20), first.RetryIn);
        Assert.IsType<KeyStoreException>(first.Error);

        h.Advance(TimeSpan.FromSeconds(20));
        var second = await h.NextFailureAsync();
        Assert.Equal(2, second.Attempt);
        Assert.Equal(TimeSpan.FromSeconds(40), second.RetryIn);
        Assert.Same(token, h.Renewer.GetToken("vault_default"));

        h.Store.FailSigning = false;
        h.Advance(TimeSpan.FromSeconds(39));
        Assert.False(h.HasPendingChange);
        h.Advance(TimeSpan.FromSeconds(1));
        var change = await h.NextChangeAsync();
        Assert.Equal(h.Start + TimeSpan.FromMinutes(31), change.Token.Claims.IssuedAt);

        h.Store.FailSigning = true;
        h.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, (await h.NextFailureAsync()).Attempt);
    }

    [Fact]
    public async Task A_failed_start_is_thrown_and_can_be_tried_again()
    {
        await using var h = new RenewalHarness(Vault());
        h.Store.FailSigning = true;
        await Assert.ThrowsAsync<KeyStoreException>(() => h.Renewer.StartAsync());
        Assert.Null(h.Renewer.GetToken("vault_default"));

        h.Store.FailSigning = false;
        await h.Renewer.StartAsync();
        Assert.NotNull(h.Renewer.GetToken("vault_default"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Renewer.StartAsync());
    }

    [Fact]
    public async Task A_cancelled_start_throws_and_can_be_tried_again()
    {
        await using var h = new RenewalHarness(Vault());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Renewer.StartAsync(cancelled.Token));

        await h.Renewer.StartAsync();
        h.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(h.Start + TimeSpan.FromMinutes(30), (await h.NextChangeAsync()).Token.Claims.IssuedAt);
    }

    [Fact]
    public async Task A_key_rotation_takes_effect_at_the_next_renewal_and_old_tokens_keep_validating()
    {
        await using var h = new RenewalHarness(Vault());
        await h.Renewer.StartAsync();
        var old = h.Renewer.GetToken("vault_default")!;

        var rotated = await h.Setup.Keyring.RotateAsync(immediately: true);
        Assert.Same(old, h.Renewer.GetToken("vault_default"));
        h.Advance(TimeSpan.FromMinutes(30));
        var change = await h.NextChangeAsync();

        Assert.Equal(rotated.KeyId, change.Token.KeyId);
        Assert.NotEqual(old.KeyId, change.Token.KeyId);
        Assert.True((await h.Setup.Validator.ValidateAsync(old.Token)).IsValid);
        Assert.True((await h.Setup.Validator.ValidateAsync(change.Token.Token)).IsValid);
    }

    [Fact]
    public async Task A_throwing_handler_does_not_stop_renewals()
    {
        await using var h = new RenewalHarness(Vault());
        h.Renewer.IdentityChanged += (_, _) => throw new InvalidOperationException("handler bug");
        await h.Renewer.StartAsync();
        h.Advance(TimeSpan.FromMinutes(30));
        await h.NextChangeAsync();
        h.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(h.Start + TimeSpan.FromMinutes(60), (await h.NextChangeAsync()).Token.Claims.IssuedAt);
    }

    [Fact]
    public async Task Dispose_is_idempotent_and_a_disposed_renewer_cannot_start()
    {
        var setup = new TestSetup();
        var renewer = new IdentityRenewer(setup.Issuer, RenewalHarness.Workload, [Vault(file: false)], null, setup.Time);
        await renewer.DisposeAsync();
        await renewer.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => renewer.StartAsync());
    }

    public static TheoryData<TaskIdentity[], string> InvalidBlocks() => new()
    {
        { [Vault(file: false), Vault(file: false)], "twice" },
        { [new TaskIdentity { Ttl = Hour }], "default identity" },
        { [Vault(IdentityChangeMode.Signal, signal: null, file: false)], "no change_signal" },
        { [Vault(IdentityChangeMode.Restart, signal: "SIGHUP", file: false)], "not \"signal\"" },
        { [Vault(file: true)], "secrets directory" },
        { [new TaskIdentity { Name = "x", Ttl = TimeSpan.FromSeconds(-1) }], "negative" },
    };

    [Theory]
    [MemberData(nameof(InvalidBlocks))]
    public void Blocks_that_break_nomads_rules_are_rejected(TaskIdentity[] identities, string reason)
    {
        var setup = new TestSetup();
        var error = Assert.Throws<ArgumentException>(() => new IdentityRenewer(setup.Issuer, RenewalHarness.Workload, identities, null, setup.Time));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_delay_doubles_from_20_seconds_up_to_an_hour_plus_a_stagger_under_10_seconds()
    {
        var none = new NoJitterRandom();
        Assert.Equal(TimeSpan.FromSeconds(20), RenewalSchedule.IdentityRetryDelay(1, none));
        Assert.Equal(TimeSpan.FromSeconds(40), RenewalSchedule.IdentityRetryDelay(2, none));
        Assert.Equal(TimeSpan.FromSeconds(80), RenewalSchedule.IdentityRetryDelay(3, none));
        Assert.Equal(TimeSpan.FromSeconds(2560), RenewalSchedule.IdentityRetryDelay(8, none));
        Assert.Equal(Hour, RenewalSchedule.IdentityRetryDelay(9, none));
        Assert.Equal(Hour, RenewalSchedule.IdentityRetryDelay(int.MaxValue, none));
        for (var seed = 0; seed < 50; seed++)
        {
            Assert.InRange(RenewalSchedule.IdentityRetryDelay(1, new Random(seed)), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        }
    }
}
