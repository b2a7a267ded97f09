using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Nomadic.Integrations.Http;

/// <summary>The HTTP client of one cluster, with its TLS handler and resilience pipeline: named through <see cref="IHttpClientFactory"/>, or standalone for a command-line verb.</summary>
internal static class IntegrationHttpClients
{
    /// <summary>Registers the named <see cref="HttpClient"/> <paramref name="httpClientName"/> over the named options <paramref name="cluster"/>.</summary>
    public static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, string httpClientName, string cluster, string pipelineName)
        where TOptions : class, IHttpIntegrationOptions
    {
        services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => IntegrationHttpHandlerFactory.Create(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(cluster)))
            .ConfigureHttpClient((_, client) => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(pipelineName, (builder, context) => IntegrationResilience.Configure(builder, context.GetOptions<TOptions>(cluster)));
    }

    /// <summary>A standalone client that owns its handler chain; create one per process, not per call.</summary>
    public static HttpClient Create(IHttpIntegrationOptions options)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>();
        IntegrationResilience.Configure(pipeline, options);
#pragma warning disable CA2000 // The HttpClient owns and disposes the handler chain.
        var handler = new ResilienceHandler(pipeline.Build()) { InnerHandler = IntegrationHttpHandlerFactory.Create(options) };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
