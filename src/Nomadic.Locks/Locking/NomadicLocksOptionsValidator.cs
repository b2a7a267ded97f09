using Microsoft.Extensions.Options;

namespace Nomadic.Locks;

/// <summary>Validates <see cref="NomadicLocksOptions"/> when the host starts.</summary>
internal sealed class NomadicLocksOptionsValidator : IValidateOptions<NomadicLocksOptions>
{
    public ValidateOptionsResult Validate(string? name, NomadicLocksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        LockSettingsValidation.Check(nameof(NomadicLocksOptions), options.Namespace, options.LockTtl, options.LockDelay, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
