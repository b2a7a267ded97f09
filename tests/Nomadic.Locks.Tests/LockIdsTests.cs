namespace Nomadic.Locks.Tests;

public sealed class LockIdsTests
{
    [Fact]
    public void Ids_are_distinct_version_4_uuids_across_refills_and_threads()
    {
        var ids = Enumerable.Range(0, 8).AsParallel().SelectMany(_ => Enumerable.Range(0, 100).Select(_ => LockIds.NewId()).ToList()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in ids)
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
            Assert.Equal(4, Guid.Parse(id).Version);
        }
    }
}
