using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Nomadic.Identity;

/// <summary>Runs <see cref="Keyring.MaintainAsync"/> at start and every <see cref="NomadicIdentityOptions.MaintenanceInterval"/> on the injected <see cref="TimeProvider"/>.</summary>
internal sealed class KeyringMaintenanceService : BackgroundService
{
    private readonly Keyring _keyring;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;

    public KeyringMaintenanceService(Keyring keyring, TimeProvider timeProvider, IOptions<NomadicIdentityOptions> options)
    {
        _keyring = keyring;
        _time = timeProvider;
        _interval = options.Value.MaintenanceInterval;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        do
        {
            await _keyring.MaintainAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
