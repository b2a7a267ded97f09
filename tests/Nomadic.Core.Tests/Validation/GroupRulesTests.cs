using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class GroupRulesTests
{
    private const string G = "TaskGroups[0]";

    [Fact]
    public void Missing_group_name() => Mutated(g => g.Name = "").ShouldFail($"{G}.Name", "Missing task group name");

    [Fact]
    public void Negative_count() => Mutated(g => g.Count = -1).ShouldFail($"{G}.Count", "can't be negative");

    [Fact]
    public void Zero_count_is_allowed() => Mutated(g => g.Count = 0).ShouldBeValid();

    [Fact]
    public void System_count_above_one()
    {
        var job = Jobs.Canonical("system");
        job.Group().Count = 2;
        job.ShouldFail($"{G}.Count", "Count cannot exceed 1 with system scheduler");
    }

    [Fact]
    public void No_tasks() => Mutated(g => g.Tasks = []).ShouldFail($"{G}.Tasks", "Missing tasks");

    [Fact]
    public void Duplicate_task_names() => Mutated(g => g.Tasks!.Add(new JobTask { Name = "server", Driver = "exec", Resources = new Resources { CPU = 100, MemoryMB = 100 }, LogConfig = new LogConfig { MaxFiles = 1, MaxFileSizeMB = 1 } }))
        .ShouldFail($"{G}.Tasks[1].Name", "redefines 'server' from task 1");

    [Fact]
    public void Missing_task_name() => Mutated(g => g.Tasks![0].Name = "").ShouldFail($"{G}.Tasks[0].Name", "missing name");

    [Fact]
    public void At_most_one_leader()
    {
        var job = Jobs.Raw();
        job.Group().Tasks = [new JobTask { Name = "a", Driver = "exec", Leader = true }, new JobTask { Name = "b", Driver = "exec", Leader = true }];
        JobCanonicalizer.Canonicalize(job).ShouldFail($"{G}.Tasks[1].Leader", "Only one task may be marked as leader");
    }

    [Fact]
    public void One_leader_is_fine() => Mutated(g => g.Tasks![0].Leader = true).ShouldBeValid();

    [Fact]
    public void Shutdown_delay_negative() => Mutated(g => g.ShutdownDelay = TimeSpan.FromSeconds(-1)).ShouldFail($"{G}.ShutdownDelay", "positive");

    [Fact]
    public void Stop_after_disconnect_not_for_system()
    {
        var job = Jobs.Canonical("system");
        job.Group().StopAfterClientDisconnect = TimeSpan.FromMinutes(1);
        job.ShouldFail($"{G}.StopAfterClientDisconnect", "batch and service");
    }

    [Fact]
    public void Stop_after_disconnect_negative() => Mutated(g => g.StopAfterClientDisconnect = TimeSpan.FromMinutes(-1)).ShouldFail($"{G}.StopAfterClientDisconnect", "positive");

    [Fact]
    public void Max_and_stop_after_disconnect_exclusive() => Mutated(g => { g.MaxClientDisconnect = TimeSpan.FromMinutes(1); g.StopAfterClientDisconnect = TimeSpan.FromMinutes(1); })
        .ShouldFail($"{G}.MaxClientDisconnect", "both");

    [Fact]
    public void Max_client_disconnect_negative() => Mutated(g => g.MaxClientDisconnect = TimeSpan.FromMinutes(-1)).ShouldFail($"{G}.MaxClientDisconnect", "negative");

    [Fact]
    public void Prevent_reschedule_on_lost_with_attempts()
    {
        var job = Jobs.Canonical("batch");
        job.Group().MaxClientDisconnect = TimeSpan.FromMinutes(1);
        job.Group().PreventRescheduleOnLost = true;
        job.ShouldFail($"{G}.PreventRescheduleOnLost", "rechedule.attempts > 0");
    }

    [Fact]
    public void Restart_policy_required() => Mutated(g => g.RestartPolicy = null).ShouldFail($"{G}.RestartPolicy", "should have a restart policy");

    [Fact]
    public void Restart_mode_unknown() => Mutated(g => g.RestartPolicy!.Mode = "retry").ShouldFail($"{G}.RestartPolicy.Mode", "Unsupported restart mode");

    [Fact]
    public void Restart_delay_mode_with_zero_attempts() => Mutated(g => { g.RestartPolicy!.Mode = "delay"; g.RestartPolicy.Attempts = 0; }).ShouldFail($"{G}.RestartPolicy.Attempts", "ambiguous");

    [Fact]
    public void Restart_interval_minimum() => Mutated(g => { g.RestartPolicy!.Interval = TimeSpan.FromSeconds(1); g.RestartPolicy.Attempts = 0; }).ShouldFail($"{G}.RestartPolicy.Interval", "less than 5s");

    [Fact]
    public void Restart_attempts_do_not_fit() => Mutated(g => { g.RestartPolicy!.Interval = TimeSpan.FromMinutes(1); g.RestartPolicy.Attempts = 5; }).ShouldFail($"{G}.RestartPolicy.Interval", "can't restart the TaskGroup 5 times in an interval of 1m0s with a delay of 15s");

    [Fact]
    public void Reschedule_required_for_service() => Mutated(g => g.ReschedulePolicy = null).ShouldFail($"{G}.ReschedulePolicy", "should have a reschedule policy");

    [Fact]
    public void Reschedule_forbidden_for_system()
    {
        var job = Jobs.Canonical("system");
        job.Group().ReschedulePolicy = PolicyDefaults.Reschedule("batch");
        job.ShouldFail($"{G}.ReschedulePolicy", "System jobs should not have a reschedule policy");
    }

    [Fact]
    public void Reschedule_attempts_with_unlimited() => Mutated(g => { g.ReschedulePolicy!.Attempts = 2; g.ReschedulePolicy.Interval = TimeSpan.FromHours(1); }).ShouldFail($"{G}.ReschedulePolicy.Unlimited", "ambiguous");

    [Fact]
    public void Reschedule_attempts_without_interval() => Mutated(g => { g.ReschedulePolicy!.Attempts = 2; g.ReschedulePolicy.Unlimited = false; }).ShouldFail($"{G}.ReschedulePolicy.Interval", "non zero");

    [Fact]
    public void Reschedule_delay_minimum() => Mutated(g => g.ReschedulePolicy!.Delay = TimeSpan.FromSeconds(1)).ShouldFail($"{G}.ReschedulePolicy.Delay", "Delay cannot be less than 5s (got 1s)");

    [Fact]
    public void Reschedule_delay_function() => Mutated(g => g.ReschedulePolicy!.DelayFunction = "linear").ShouldFail($"{G}.ReschedulePolicy.DelayFunction", "Invalid delay function");

    [Fact]
    public void Reschedule_max_delay_below_delay() => Mutated(g => { g.ReschedulePolicy!.Delay = TimeSpan.FromMinutes(2); g.ReschedulePolicy.MaxDelay = TimeSpan.FromMinutes(1); }).ShouldFail($"{G}.ReschedulePolicy.MaxDelay", "Max Delay cannot be less than Delay");

    [Fact]
    public void Reschedule_interval_minimum()
    {
        var job = Jobs.Canonical("batch");
        job.Group().ReschedulePolicy!.Interval = TimeSpan.FromSeconds(10);
        job.ShouldFail($"{G}.ReschedulePolicy.Interval", "Interval cannot be less than 15s");
    }

    [Theory]
    [InlineData("constant", 10, 60)]
    [InlineData("exponential", 10, 60)]
    [InlineData("fibonacci", 10, 60)]
    public void Reschedule_attempts_must_fit_the_interval(string function, int attempts, int intervalSeconds)
    {
        var job = Jobs.Canonical("batch");
        var policy = job.Group().ReschedulePolicy!;
        (policy.Attempts, policy.Interval, policy.Delay, policy.DelayFunction, policy.MaxDelay) = (attempts, TimeSpan.FromSeconds(intervalSeconds), TimeSpan.FromSeconds(10), function, TimeSpan.FromMinutes(5));
        job.ShouldFail($"{G}.ReschedulePolicy.Interval", "Set the interval to at least");
    }

    [Fact]
    public void Reschedule_feasible_policy_passes()
    {
        var job = Jobs.Canonical("batch");
        var policy = job.Group().ReschedulePolicy!;
        (policy.Attempts, policy.Interval, policy.Delay, policy.DelayFunction, policy.MaxDelay) = (3, TimeSpan.FromHours(1), TimeSpan.FromSeconds(30), "exponential", TimeSpan.FromMinutes(5));
        job.ShouldBeValid();
    }

    [Fact]
    public void Ephemeral_disk_required() => Mutated(g => g.EphemeralDisk = null).ShouldFail($"{G}.EphemeralDisk", "ephemeral disk");

    [Fact]
    public void Ephemeral_disk_minimum() => Mutated(g => g.EphemeralDisk!.SizeMB = 5).ShouldFail($"{G}.EphemeralDisk.SizeMB", "minimum DiskMB value is 10; got 5");

    [Fact]
    public void Logs_must_fit_the_disk() => Mutated(g => g.EphemeralDisk!.SizeMB = 100).ShouldFail($"{G}.Tasks[0].LogConfig", "log storage (100 MB) must be less than requested disk capacity (100 MB)");

    [Fact]
    public void Update_not_for_batch()
    {
        var job = Jobs.Canonical("batch");
        job.Group().Update = PolicyDefaults.Update();
        job.ShouldFail($"{G}.Update", "does not allow update block");
    }

    [Theory]
    [InlineData("HealthCheck")]
    [InlineData("MaxParallel")]
    [InlineData("Canary")]
    [InlineData("AutoPromote")]
    [InlineData("MinHealthyTime")]
    [InlineData("HealthyDeadline")]
    [InlineData("ProgressDeadline")]
    [InlineData("Stagger")]
    public void Update_values(string field)
    {
        var job = Jobs.Canonical();
        var update = job.Group().Update!;
        switch (field)
        {
            case "HealthCheck": update.HealthCheck = "ping"; break;
            case "MaxParallel": update.MaxParallel = -1; break;
            case "Canary": update.Canary = -1; break;
            case "AutoPromote": update.AutoPromote = true; break;
            case "MinHealthyTime": update.MinHealthyTime = TimeSpan.FromMinutes(6); break;
            case "HealthyDeadline": update.HealthyDeadline = TimeSpan.FromMinutes(20); break;
            case "ProgressDeadline": update.ProgressDeadline = TimeSpan.FromMinutes(-1); break;
            default: update.Stagger = TimeSpan.Zero; break;
        }

        job.ShouldFail($"{G}.Update.{field}", "");
    }

    [Fact]
    public void Migrate_not_for_batch()
    {
        var job = Jobs.Canonical("batch");
        job.Group().Migrate = PolicyDefaults.Migrate();
        job.ShouldFail($"{G}.Migrate", "does not allow migrate block");
    }

    [Theory]
    [InlineData("MaxParallel")]
    [InlineData("HealthCheck")]
    [InlineData("MinHealthyTime")]
    [InlineData("HealthyDeadline")]
    public void Migrate_values(string field)
    {
        var job = Jobs.Canonical();
        var migrate = job.Group().Migrate!;
        switch (field)
        {
            case "MaxParallel": migrate.MaxParallel = -1; break;
            case "HealthCheck": migrate.HealthCheck = "ping"; break;
            case "MinHealthyTime": migrate.MinHealthyTime = TimeSpan.FromMinutes(10); break;
            default: migrate.HealthyDeadline = TimeSpan.FromMinutes(-1); break;
        }

        job.ShouldFail($"{G}.Migrate.{field}", "");
    }

    [Fact]
    public void Scaling_needs_max() => Mutated(g => g.Scaling = new ScalingPolicy { Min = 1 }).ShouldFail($"{G}.Scaling.Max", "maximum count must be specified and non-negative");

    [Fact]
    public void Scaling_max_below_min() => Mutated(g => g.Scaling = new ScalingPolicy { Min = 5, Max = 2 }).ShouldFail($"{G}.Scaling.Max", "less than minimum");

    [Fact]
    public void Count_above_scaling_max() => Mutated(g => { g.Count = 9; g.Scaling = new ScalingPolicy { Min = 1, Max = 3 }; }).ShouldFail($"{G}.Count", "greater than maximum");

    [Fact]
    public void Count_below_scaling_min() => Mutated(g => { g.Count = 1; g.Scaling = new ScalingPolicy { Min = 2, Max = 3 }; }).ShouldFail($"{G}.Count", "less than minimum");

    [Fact]
    public void Scaling_type_must_be_horizontal() => Mutated(g => g.Scaling = new ScalingPolicy { Min = 1, Max = 3, Type = "vertical" }).ShouldFail($"{G}.Scaling.Type", "horizontal");

    [Fact]
    public void Scaling_within_bounds_passes() => Mutated(g => { g.Count = 2; g.Scaling = new ScalingPolicy { Min = 1, Max = 3, Type = "horizontal" }; }).ShouldBeValid();

    private static Job Mutated(Action<TaskGroup> change)
    {
        var job = Jobs.Canonical();
        change(job.Group());
        return job;
    }
}
