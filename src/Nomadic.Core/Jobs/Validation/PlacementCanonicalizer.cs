namespace Nomadic.Core.Jobs.Validation;

/// <summary>Gives spreads and affinities without a weight Nomad's default weight of 50.</summary>
internal static class PlacementCanonicalizer
{
    public static void Canonicalize(IList<Spread>? spreads, IList<Affinity>? affinities)
    {
        foreach (var spread in spreads ?? [])
        {
            if (spread is not null)
            {
                spread.Weight ??= JobDefaults.Weight;
            }
        }

        Canonicalize(affinities);
    }

    public static void Canonicalize(IList<Affinity>? affinities)
    {
        foreach (var affinity in affinities ?? [])
        {
            if (affinity is not null)
            {
                affinity.Weight ??= JobDefaults.Weight;
            }
        }
    }
}
