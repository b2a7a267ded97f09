namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// The OIDC end-to-end tests generate RSA keys and start many Kestrel servers; they run alone (after the parallel
/// collections) so that their CPU load does not starve the timing-sensitive variable watch tests on small machines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OidcCollection
{
    public const string Name = "OIDC end to end";
}
