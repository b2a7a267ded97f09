using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Nomadic.Integrations.Http;

/// <summary>The resilience pipeline of every Vault or Consul call: a total timeout, bounded exponential retries with jitter, a per-attempt timeout.</summary>
internal static class IntegrationResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IHttpIntegrationOptions options)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        // A certificate that does not verify will not verify on the next attempt either.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };
}
