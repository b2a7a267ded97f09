using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Locks.Tests;

public sealed class LockDeadlineTests
{
    [Fact]
    public async Task A_deadline_timer_that_fires_early_is_armed_again_and_the_lock_is_lost_when_renewals_keep_failing()
    {
        // Timers run on a coarser clock than timestamps: here the timestamps run slightly slow, so the deadline timer
        // fires while, by the timestamps, a moment of the lease is left.
        var time = new SlowTimestampTimeProvider();
        using var memory = new InMemoryVariableStore(time);
        var store = new PartitionableVariableStore(memory);
        var handle = await new VariableDistributedLock(store, "locks/early", new VariableLockOptions { Ttl = TimeSpan.FromSeconds(10), LockDelay = TimeSpan.Zero }, time)
            .AcquireAsync(TimeSpan.FromSeconds(1));
        store.Partitioned = true;

        time.Advance(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMilliseconds(10));

        Assert.True(handle.LostToken.IsCancellationRequested);
        store.Partitioned = false;
        await handle.DisposeAsync();
    }

    private sealed class SlowTimestampTimeProvider : FakeTimeProvider
    {
        private readonly long _origin;

        public SlowTimestampTimeProvider() => _origin = base.GetTimestamp();

        public override long GetTimestamp() => _origin + (long)((base.GetTimestamp() - _origin) * 0.9995);
    }
}
