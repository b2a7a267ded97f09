using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Remote;

/// <summary>Where a remote verb sends its requests. <see cref="ToString"/> never shows the token.</summary>
internal sealed record RemoteTarget(Uri Address, string? Token, string Namespace)
{
    public static RemoteTarget Resolve(string? address, string? token, string? @namespace, CliEnvironment environment)
    {
        var text = address is { Length: > 0 } ? address : environment.GetVariable("NOMAD_ADDR") is { Length: > 0 } fromEnv ? fromEnv : RemoteOptions.DefaultAddress;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"the address '{text}' is not an http(s) URL such as http://127.0.0.1:4646");
        }

        return new RemoteTarget(
            uri,
            token is { Length: > 0 } ? token : environment.GetVariable("NOMAD_TOKEN") is { Length: > 0 } envToken ? envToken : null,
            @namespace is { Length: > 0 } ? @namespace : environment.GetVariable("NOMAD_NAMESPACE") is { Length: > 0 } envNs ? envNs : "default");
    }

    public override string ToString() => Address.ToString();
}
