using System.Text.RegularExpressions;

namespace Nomadic.Identity;

/// <summary>Checks a <see cref="WorkloadIdentityRequest"/> before it is signed.</summary>
internal static partial class WorkloadIdentityRequestValidator
{
    public static void Validate(WorkloadIdentityRequest request, TimeSpan maxLifetime)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(request.Region, nameof(request.Region));
        Require(request.Namespace, nameof(request.Namespace));
        Require(request.JobId, nameof(request.JobId));
        Require(request.Group, nameof(request.Group));
        Require(request.AllocationId, nameof(request.AllocationId));
        if (string.IsNullOrEmpty(request.Task) == string.IsNullOrEmpty(request.ServiceName))
        {
            throw new ArgumentException("Set exactly one of Task (a task identity) and ServiceName (a service identity).", nameof(request));
        }

        if (!IdentityName().IsMatch(request.IdentityName))
        {
            throw new ArgumentException($"Identity name '{request.IdentityName}' must match ^[a-zA-Z0-9-_]{{1,128}}$.", nameof(request));
        }

        if (request.Ttl is { } ttl && (ttl < TimeSpan.Zero || ttl > maxLifetime))
        {
            throw new ArgumentException($"TTL {ttl} is outside 0..{maxLifetime} (NomadicIdentityOptions.MaxTokenLifetime).", nameof(request));
        }

        for (var i = 0; i < request.Audience.Count; i++)
        {
            if (string.IsNullOrEmpty(request.Audience[i]))
            {
                throw new ArgumentException("An audience cannot be empty.", nameof(request));
            }
        }
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityName();
}
