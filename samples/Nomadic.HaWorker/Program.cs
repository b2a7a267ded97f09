using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nomadic.HaWorker;

// Three copies of this program against one store: exactly one runs AutoscalerWorker; when it dies, another takes over.
var builder = Host.CreateApplicationBuilder(args);
var options = new ConfigurationBuilder()
    .AddEnvironmentVariables("HAWORKER_")
    .AddCommandLine(args, HaWorkerOptions.Switches)
    .Build()
    .Get<HaWorkerOptions>() ?? new HaWorkerOptions();
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss.fff ";
});

builder.Services.AddSingleton(options);
builder.Services.AddHaStore(options.Store);
builder.Services.AddNomadicLocks(o =>
{
    o.LockTtl = options.Ttl;
    o.LockDelay = options.Delay;
});
builder.Services.AddLeaderElectedService<AutoscalerWorker>(options.LockPath, o => o.InstanceId = options.Name);
builder.Services.AddHostedService<LeadershipLog>();

await builder.Build().RunAsync();
