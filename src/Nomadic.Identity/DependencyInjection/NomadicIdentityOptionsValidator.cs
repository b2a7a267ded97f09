using Microsoft.Extensions.Options;

namespace Nomadic.Identity;

/// <summary>Checks <see cref="NomadicIdentityOptions"/> when the host starts.</summary>
internal sealed class NomadicIdentityOptionsValidator : IValidateOptions<NomadicIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, NomadicIdentityOptions options)
    {
        var failures = new List<string>();
        if (options.Issuer is { } issuer && (!Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add($"Issuer '{issuer}' must be an absolute http or https URL.");
        }

        if (!Enum.IsDefined(options.Algorithm))
        {
            failures.Add($"Algorithm {options.Algorithm} is not RS256 or EdDsa.");
        }

        if (options.RotationPeriod <= TimeSpan.Zero)
        {
            failures.Add("RotationPeriod must be positive.");
        }

        if (options.PrepublicationPeriod <= TimeSpan.Zero || options.PrepublicationPeriod >= options.RotationPeriod)
        {
            failures.Add("PrepublicationPeriod must be positive and shorter than RotationPeriod.");
        }

        if (options.MaxTokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("MaxTokenLifetime must be positive.");
        }

        if (options.RetirementGracePeriod < TimeSpan.Zero)
        {
            failures.Add("RetirementGracePeriod cannot be negative.");
        }

        if (options.MaintenanceInterval <= TimeSpan.Zero || options.MaintenanceInterval > options.PrepublicationPeriod)
        {
            failures.Add("MaintenanceInterval must be positive and no longer than PrepublicationPeriod.");
        }

        if (options.KeyDirectory is not null && KeyEncryptionKeyBytes(options) is null)
        {
            failures.Add("KeyEncryptionKey must be the base64 of 32 bytes when KeyDirectory is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static byte[]? KeyEncryptionKeyBytes(NomadicIdentityOptions options)
    {
        if (string.IsNullOrEmpty(options.KeyEncryptionKey))
        {
            return null;
        }

        var buffer = new byte[32];
        return Convert.TryFromBase64String(options.KeyEncryptionKey, buffer, out var written) && written == 32 ? buffer : null;
    }
}
