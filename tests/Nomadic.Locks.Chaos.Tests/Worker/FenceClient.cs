using System.Globalization;
using System.Net;

namespace Nomadic.Locks.Chaos.Tests.Worker;

/// <summary>The worker's side of the fenced resource's HTTP API; <see langword="false"/>/<see langword="null"/> means the fence rejected a stale token.</summary>
public sealed class FenceClient(HttpClient http, Uri fence, string worker)
{
    public Task<bool> BeginAsync(ulong token, CancellationToken cancellationToken) => PostAsync($"begin?token={token}&worker={worker}", cancellationToken);

    public Task<bool> EndAsync(ulong token, CancellationToken cancellationToken) => PostAsync($"end?token={token}&worker={worker}", cancellationToken);

    public Task<bool> WriteAsync(ulong token, long value, CancellationToken cancellationToken) =>
        PostAsync($"write?token={token}&worker={worker}&value={value.ToString(CultureInfo.InvariantCulture)}", cancellationToken);

    public async Task<long?> ReadAsync(ulong token, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(fence, $"value?token={token}"), cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict
            ? null
            : long.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<bool> PostAsync(string relative, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(fence, relative), content: null, cancellationToken);
        return response.StatusCode != HttpStatusCode.Conflict && response.EnsureSuccessStatusCode().IsSuccessStatusCode;
    }
}
