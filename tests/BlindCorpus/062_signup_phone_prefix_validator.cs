// expect: warn identity server user validator rejects account creation for any phone number starting with +98/0098 (Iranian calling code, a proxy that also hits people outside Iran); sign-up/authentication is authorized
// modelled-on: indice-co/Indice.Platform src/Indice.Features.Identity.Core/PhoneNumberValidation/PhoneNumberBlacklistValidator.cs (paraphrased, not copied; prefix provider is a realistic variation of its blacklist providers)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case062;

using Microsoft.AspNetCore.Identity;

public class User : IdentityUser
{
}

public interface IPhoneNumberBlocklistProvider
{
    bool IsBlocked(string normalizedPhoneNumber);
}

internal static class PhoneNormalizer
{
    public static bool TryNormalize(string? phoneNumber, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(phoneNumber))
        {
            return false;
        }

        var digits = new System.Text.StringBuilder();
        foreach (var ch in phoneNumber)
        {
            if (char.IsDigit(ch) || (ch == '+' && digits.Length == 0))
            {
                digits.Append(ch);
            }
        }

        var value = digits.ToString();
        if (value.StartsWith("00", StringComparison.Ordinal))
        {
            value = "+" + value[2..];
        }

        if (!value.StartsWith('+') || value.Length < 4)
        {
            return false;
        }

        normalized = value;
        return true;
    }
}

/// <summary>Rejects calling codes the team decided not to serve.</summary>
public sealed class CallingCodeBlocklistProvider : IPhoneNumberBlocklistProvider
{
    private static readonly string[] BlockedCallingCodes = ["+98"];

    public bool IsBlocked(string normalizedPhoneNumber) =>
        BlockedCallingCodes.Any(code => normalizedPhoneNumber.StartsWith(code, StringComparison.Ordinal));
}

public class PhoneNumberBlocklistValidator<TUser> : IUserValidator<TUser> where TUser : User
{
    private readonly IEnumerable<IPhoneNumberBlocklistProvider> _providers;

    public PhoneNumberBlocklistValidator(IEnumerable<IPhoneNumberBlocklistProvider> providers)
    {
        _providers = providers ?? throw new ArgumentNullException(nameof(providers));
    }

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user)
    {
        if (user.PhoneNumber is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (!PhoneNormalizer.TryNormalize(user.PhoneNumber, out var normalized)
            || _providers.Any(p => p.IsBlocked(normalized)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "InvalidPhoneNumber",
                Description = $"Phone number '{user.PhoneNumber}' cannot be used to register."
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}

public static class IdentityRegistration
{
    public static IServiceCollection AddSignUpValidation(this IServiceCollection services)
    {
        services.AddSingleton<IPhoneNumberBlocklistProvider, CallingCodeBlocklistProvider>();
        services.AddIdentityCore<User>()
            .AddUserValidator<PhoneNumberBlocklistValidator<User>>();
        return services;
    }
}
