using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Locks.Tests;

/// <summary>Waits on real time for background continuations that a fake clock released; bounded, never asserts a duration.</summary>
public static class Wait
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Limit)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(2);
        }
    }

    /// <summary>Lets queued continuations run.</summary>
    public static async Task SettleAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(1);
        }
    }

    /// <summary>Advances the fake clock in steps, letting continuations run after each.</summary>
    public static async Task AdvanceAsync(this FakeTimeProvider time, TimeSpan total, TimeSpan? step = null)
    {
        var each = step ?? TimeSpan.FromMilliseconds(500);
        var left = total;
        while (left > TimeSpan.Zero)
        {
            var now = left < each ? left : each;
            time.Advance(now);
            left -= now;
            await SettleAsync();
        }
    }

    /// <summary>Advances the fake clock one second at a time until <paramref name="condition"/> holds, at most <paramref name="limit"/>.</summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> condition, TimeSpan limit, string what)
    {
        var advanced = TimeSpan.Zero;
        while (!condition())
        {
            if (advanced >= limit)
            {
                await UntilAsync(condition, what);
                return;
            }

            time.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await SettleAsync();
        }
    }

    public static async Task<T> WithinAsync<T>(Task<T> task, string what)
    {
        var finished = await Task.WhenAny(task, Task.Delay(Limit));
        Assert.True(finished == task, $"Timed out waiting for {what}.");
        return await task;
    }

    public static async Task WithinAsync(Task task, string what)
    {
        var finished = await Task.WhenAny(task, Task.Delay(Limit));
        Assert.True(finished == task, $"Timed out waiting for {what}.");
        await task;
    }
}
