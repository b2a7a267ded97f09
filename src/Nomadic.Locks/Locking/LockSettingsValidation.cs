namespace Nomadic.Locks;

/// <summary>The checks shared by the options validators: namespace, TTL and lock delay.</summary>
internal static class LockSettingsValidation
{
    public static void Check(string optionsName, string? @namespace, TimeSpan ttl, TimeSpan lockDelay, List<string> failures)
    {
        try
        {
            VariableRules.ValidateNamespace(@namespace);
        }
        catch (InvalidVariableException exception)
        {
            failures.Add($"{optionsName}.Namespace: {exception.Message}");
        }

        if (ttl < VariableRules.MinLockTtl || ttl > VariableRules.MaxLockTtl)
        {
            failures.Add($"{optionsName}.LockTtl is {ttl}; use {VariableRules.MinLockTtl} to {VariableRules.MaxLockTtl}.");
        }

        if (lockDelay < TimeSpan.Zero || lockDelay > VariableRules.MaxLockDelay)
        {
            failures.Add($"{optionsName}.LockDelay is {lockDelay}; use zero to {VariableRules.MaxLockDelay}.");
        }
    }
}
