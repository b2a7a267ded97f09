namespace Nomadic.Core.Jobs.Validation;

/// <summary>Reschedule policy rules (<c>ReschedulePolicy.Validate</c> with its delay-function feasibility check).</summary>
internal static class RescheduleRules
{
    private static readonly TimeSpan _minDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan _minInterval = TimeSpan.FromSeconds(15);
    private const int MaxSimulatedAttempts = 100_000;

    public static void Validate(ReschedulePolicy policy, string path, ValidationSink sink)
    {
        var attempts = policy.Attempts ?? 0;
        var unlimited = policy.Unlimited ?? false;
        if (attempts <= 0 && !unlimited)
        {
            return;
        }

        var interval = policy.Interval ?? TimeSpan.Zero;
        var delay = policy.Delay ?? TimeSpan.Zero;
        var maxDelay = policy.MaxDelay ?? TimeSpan.Zero;
        var function = policy.DelayFunction ?? "";
        if (attempts > 0)
        {
            if (interval <= TimeSpan.Zero)
            {
                sink.Add(ValidationSink.Join(path, "Interval"), "Interval must be a non zero value if Attempts > 0.");
            }

            if (unlimited)
            {
                sink.Add(ValidationSink.Join(path, "Unlimited"), $"Reschedule Policy with Attempts = {attempts}, Interval = {GoDuration.Format(interval)}, and Unlimited = true is ambiguous: if Attempts > 0, Unlimited cannot also be set to true.");
            }
        }

        var delaysValid = true;
        if (delay < _minDelay)
        {
            sink.Add(ValidationSink.Join(path, "Delay"), $"Delay cannot be less than {GoDuration.Format(_minDelay)} (got {GoDuration.Format(delay)}).");
            delaysValid = false;
        }

        if (function is not ("constant" or "exponential" or "fibonacci"))
        {
            sink.Add(ValidationSink.Join(path, "DelayFunction"), $"Invalid delay function \"{function}\", must be one of constant, exponential, fibonacci.");
            delaysValid = false;
        }

        if (function != "constant")
        {
            if (maxDelay < _minDelay)
            {
                sink.Add(ValidationSink.Join(path, "MaxDelay"), $"Max Delay cannot be less than {GoDuration.Format(_minDelay)} (got {GoDuration.Format(maxDelay)}).");
                delaysValid = false;
            }

            if (maxDelay < delay)
            {
                sink.Add(ValidationSink.Join(path, "MaxDelay"), $"Max Delay cannot be less than Delay {GoDuration.Format(delay)} (got {GoDuration.Format(maxDelay)}).");
                delaysValid = false;
            }
        }

        if (unlimited)
        {
            return;
        }

        if (interval < _minInterval)
        {
            sink.Add(ValidationSink.Join(path, "Interval"), $"Interval cannot be less than {GoDuration.Format(_minInterval)} (got {GoDuration.Format(interval)}).");
        }

        if (delaysValid)
        {
            CheckFeasible(attempts, interval, delay, maxDelay, function, path, sink);
        }
    }

    private static void CheckFeasible(int attempts, TimeSpan interval, TimeSpan delay, TimeSpan maxDelay, string function, string path, ValidationSink sink)
    {
        var (possible, needed) = function switch
        {
            "constant" => Constant(attempts, interval, delay),
            "exponential" => Exponential(attempts, interval, delay, maxDelay),
            _ => Fibonacci(attempts, interval, delay, maxDelay),
        };
        if (possible >= attempts)
        {
            return;
        }

        var ceiling = function == "constant" ? "" : $", and delay ceiling {GoDuration.Format(maxDelay)}";
        sink.Add(ValidationSink.Join(path, "Interval"),
            $"Nomad can only make {possible} attempts in {GoDuration.Format(interval)} with initial delay {GoDuration.Format(delay)}, delay function \"{function}\"{ceiling}. Set the interval to at least {GoDuration.Format(TimeSpan.FromSeconds(Math.Round(needed.TotalSeconds)))} to accommodate {attempts} attempts.");
    }

    private static (int Possible, TimeSpan Needed) Constant(int attempts, TimeSpan interval, TimeSpan delay)
    {
        var needed = Saturating(delay.Ticks * (double)attempts);
        return interval >= needed ? (attempts, needed) : ((int)(interval.Ticks / delay.Ticks), needed);
    }

    private static (int Possible, TimeSpan Needed) Exponential(int attempts, TimeSpan interval, TimeSpan delay, TimeSpan maxDelay)
    {
        var possible = 0;
        var needed = TimeSpan.Zero;
        var steps = Math.Min(attempts, MaxSimulatedAttempts);
        for (var i = 0; i < steps; i++)
        {
            var next = Saturating(delay.Ticks * Math.Pow(2, Math.Min(i, 62)));
            needed = next > maxDelay ? Saturating(needed.Ticks + (double)maxDelay.Ticks) : next;
            if (needed < interval)
            {
                possible++;
            }
        }

        return (possible, needed);
    }

    private static (int Possible, TimeSpan Needed) Fibonacci(int attempts, TimeSpan interval, TimeSpan delay, TimeSpan maxDelay)
    {
        var slots = new List<TimeSpan> { delay, delay };
        var ceiling = false;
        var steps = Math.Min(attempts, MaxSimulatedAttempts);
        for (var i = 2; i < steps; i++)
        {
            TimeSpan next;
            if (ceiling)
            {
                next = Saturating(slots[i - 1].Ticks + (double)maxDelay.Ticks);
            }
            else
            {
                next = Saturating(slots[i - 1].Ticks + (double)slots[i - 2].Ticks);
                if (next > maxDelay)
                {
                    next = maxDelay;
                    ceiling = true;
                }
            }

            slots.Add(next);
        }

        var needed = slots[^1];
        if (interval >= needed)
        {
            return (attempts, needed);
        }

        var possible = slots.FindIndex(s => s > interval);
        return (Math.Max(0, possible), needed);
    }

    private static TimeSpan Saturating(double ticks) => ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
}
