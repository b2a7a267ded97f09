namespace Nomadic.Topology.Tests;

internal static class Fixture
{
    public static string Root(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
