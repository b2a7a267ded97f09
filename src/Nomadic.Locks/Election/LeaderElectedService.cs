using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nomadic.Locks;

/// <summary>
/// The hosted service behind <c>AddLeaderElectedService&lt;TWorker&gt;</c>: campaigns while the host runs and runs a
/// <typeparamref name="TWorker"/>, resolved from a new scope, during each term.
/// </summary>
/// <typeparam name="TWorker">The leader's work.</typeparam>
internal sealed class LeaderElectedService<TWorker> : BackgroundService
    where TWorker : class, ILeaderWorker
{
    private readonly LeaderElector _elector;
    private readonly IServiceScopeFactory _scopes;

    public LeaderElectedService(LeaderElector elector, IServiceScopeFactory scopes)
    {
        _elector = elector;
        _scopes = scopes;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _elector.RunAsync(RunTermAsync, stoppingToken);

    private async Task RunTermAsync(LeadershipTerm term, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var worker = scope.ServiceProvider.GetRequiredService<TWorker>();
            await worker.ExecuteAsync(term, cancellationToken).ConfigureAwait(false);
        }
    }
}
