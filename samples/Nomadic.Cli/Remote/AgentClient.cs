using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Remote;

/// <summary>A small JSON client of an agent's (or Nomad's) HTTP API; every failure becomes a <see cref="CliException"/> without the token.</summary>
internal sealed class AgentClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RemoteTarget _target;

    public AgentClient(RemoteTarget target)
    {
        _target = target;
        _http = new HttpClient { BaseAddress = target.Address, Timeout = TimeSpan.FromSeconds(30) };
        if (target.Token is { } token)
        {
            _http.DefaultRequestHeaders.Add("X-Nomad-Token", token);
        }
    }

    public Task<JsonDocument> GetAsync(string path, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonDocument> PutAsync(string path, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Put, path, null, cancellationToken);

    public Task<JsonDocument> PostAsync(string path, byte[] json, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Post, path, json, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<JsonDocument> SendAsync(HttpMethod method, string path, byte[]? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(json);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach {_target}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{_target} did not answer {method} {path} in time");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var firstLine = body.Split('\n', 2)[0].Trim();
                throw new CliException($"{method} {path} failed: {(int)response.StatusCode} {(firstLine.Length > 0 ? firstLine : response.ReasonPhrase)}");
            }

            try
            {
                return JsonDocument.Parse(Encoding.UTF8.GetBytes(body));
            }
            catch (JsonException)
            {
                throw new CliException($"{method} {path}: the answer is not JSON");
            }
        }
    }
}
