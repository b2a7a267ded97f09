using Microsoft.Extensions.Options;

namespace Nomadic.Locks;

/// <summary>Validates <see cref="LeaderElectionOptions"/> when the host starts.</summary>
internal sealed class LeaderElectionOptionsValidator : IValidateOptions<LeaderElectionOptions>
{
    public ValidateOptionsResult Validate(string? name, LeaderElectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        try
        {
            VariableRules.NormalizePath(options.LockPath);
        }
        catch (InvalidVariableException exception)
        {
            failures.Add($"{nameof(LeaderElectionOptions)}.LockPath: {exception.Message}");
        }

        LockSettingsValidation.Check(nameof(LeaderElectionOptions), options.Namespace, options.LockTtl, options.LockDelay, failures);
        if (string.IsNullOrWhiteSpace(options.InstanceId))
        {
            failures.Add($"{nameof(LeaderElectionOptions)}.InstanceId is required.");
        }

        if (options.FailureBackoff <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(LeaderElectionOptions)}.FailureBackoff must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
