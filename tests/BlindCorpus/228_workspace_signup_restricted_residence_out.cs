// expect: warn A team-workspace sign-up service refuses to create an account when the declared country of residence is in a hard-coded restricted list (SY, AF, IR, KP, CU, SD, VE, BY, MM, ZW), via a bool helper with an out reason; residents of Iran, Cuba, Syria and North Korea cannot register for the messaging workspace (user authentication and chat are authorized).
// modelled-on: shubhamrawat0224/business_portal server/src/config/restricted-countries.js (paraphrased, not copied; the JavaScript list became a C# static class with a TryGet-style check used by a registration service)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case228
{
    using System.Diagnostics.CodeAnalysis;

    public static class ResidencePolicy
    {
        // ISO 3166-1 alpha-2 codes that may not register
        private static readonly string[] Restricted =
        {
            "SY", "AF", "IR", "KP", "CU", "SD", "VE", "BY", "MM", "ZW",
        };

        public static bool IsBarred(string? residence, [NotNullWhen(true)] out string? reason)
        {
            reason = null;
            if (string.IsNullOrWhiteSpace(residence))
                return false;

            var code = residence.Trim().ToUpperInvariant();
            if (Array.IndexOf(Restricted, code) >= 0)
            {
                reason = $"Registration is not available for residents of {code}.";
                return true;
            }

            return false;
        }
    }

    public sealed record SignUpForm(string Email, string DisplayName, string Password, string CountryOfResidence);

    public sealed record SignUpOutcome(bool Created, string? Error, Guid? MemberId);

    public interface IMemberStore
    {
        Task<Guid> CreateAsync(string email, string displayName, string passwordHash, string country, CancellationToken ct);
    }

    public sealed class WorkspaceSignUpService
    {
        private readonly IMemberStore _store;

        public WorkspaceSignUpService(IMemberStore store) => _store = store;

        public async Task<SignUpOutcome> RegisterAsync(SignUpForm form, CancellationToken ct)
        {
            if (ResidencePolicy.IsBarred(form.CountryOfResidence, out var why))
                return new SignUpOutcome(false, why, null);

            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(form.Password)));
            var id = await _store.CreateAsync(form.Email, form.DisplayName, hash, form.CountryOfResidence, ct);
            return new SignUpOutcome(true, null, id);
        }
    }
}
