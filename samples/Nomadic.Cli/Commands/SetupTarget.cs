namespace Nomadic.Cli.Commands;

/// <summary>What <c>nomadic setup vault|consul</c> needs from a product: its name, address, and setup's plan, apply and destroy as reports.</summary>
/// <param name="Product">"Vault" or "Consul".</param>
/// <param name="AddressVariable">The environment variable that sets the address, for the hint after a "no".</param>
/// <param name="Address">The server's address.</param>
/// <param name="Plan">Reads what exists.</param>
/// <param name="Apply">Creates what is missing.</param>
/// <param name="Destroy">Removes what setup created.</param>
internal sealed record SetupTarget(
    string Product,
    string AddressVariable,
    Uri Address,
    Func<CancellationToken, Task<SetupReport>> Plan,
    Func<CancellationToken, Task<SetupReport>> Apply,
    Func<CancellationToken, Task<SetupReport>> Destroy);

/// <summary>Setup's steps as lines, how many components are missing and present, and the agent configuration to print.</summary>
internal sealed record SetupReport(IReadOnlyList<string> Steps, int Missing, int Present, string ClientConfiguration, string ServerConfiguration);

/// <summary>The flags of <c>nomadic setup vault|consul</c>.</summary>
internal sealed record SetupInput(string? Address, string? JwksUrl, bool Destroy, bool Yes);

/// <summary>Where a setup verb talks to its user: answers come from <see cref="In"/> when <see cref="Interactive"/>.</summary>
internal sealed record SetupConsole(TextReader In, bool Interactive, TextWriter Out, TextWriter Error)
{
    public static SetupConsole Process => new(Console.In, !Console.IsInputRedirected, Console.Out, Console.Error);
}
