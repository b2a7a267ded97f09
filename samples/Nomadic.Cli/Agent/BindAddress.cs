using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Agent;

/// <summary>Parses <c>--bind host:port</c> and resolves port 0 to a free port before Kestrel starts, so the issuer URL is known up front.</summary>
internal static class BindAddress
{
    public static IPEndPoint Resolve(string bind)
    {
        var colon = bind.LastIndexOf(':');
        if (colon <= 0
            || !IPAddress.TryParse(bind[..colon].Trim('[', ']'), out var address)
            || !int.TryParse(bind[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port > IPEndPoint.MaxPort)
        {
            throw new CliException($"--bind '{bind}' is not an IP address and port such as 127.0.0.1:4646");
        }

        return new IPEndPoint(address, port == 0 ? FreePort(address) : port);
    }

    public static bool PicksFreePort(string bind) => bind.EndsWith(":0", StringComparison.Ordinal);

    public static Uri ToUrl(IPEndPoint endpoint)
    {
        var host = endpoint.Address.Equals(IPAddress.Any) ? "127.0.0.1"
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]" : endpoint.Address.ToString();
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{endpoint.Port}"));
    }

    private static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
