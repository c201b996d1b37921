using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// An identity error recorded on the jurisdiction's path (the <c>deny T:Microsoft.AspNetCore.Identity.IdentityError</c>
    /// row) refuses the account; against an allow-list of supported countries it is input validation, as a model error is.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string AuthAccountValidator = @"
using Microsoft.AspNetCore.Identity;

public class MemberUser : IdentityUser { public string? CountryCode { get; set; } }

public sealed class AuthAccountValidator : IUserValidator<MemberUser>
{
    private static readonly string[] LIST = { CODES };

    public Task<IdentityResult> ValidateAsync(UserManager<MemberUser> manager, MemberUser user)
    {
        var errors = new List<IdentityError>();
        if (CONDITION)
        {
            errors.Add(new IdentityError { Code = ""CountryNotSupported"", Description = ""Accounts cannot be created from your country."" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed(errors.ToArray()));
    }
}";

        private static string Validator(string list, string codes, string condition) =>
            AuthAccountValidator.Replace("LIST", list).Replace("CODES", codes).Replace("CONDITION", condition);

        [Fact]
        public async Task IdentityErrorOnTheJurisdictionsPath_RefusesTheAccount() =>
            await Verify.VerifyAsync(Id, Validator("Restricted", @"""IR"", ""KP""", "user.CountryCode is not null && {|#0:Restricted.Contains(user.CountryCode)|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "AuthAccountValidator.ValidateAsync",
                    "user authentication, inferred from the type name 'AuthAccountValidator'; confirm with [CommunicationService(\"user-authentication\")] or declare the right category",
                    IranCitation, Deny));

        private static string SignIn(string refusal) => @"
public sealed class Member { public string? Country { get; set; } }

public sealed class MemberSignIn
{
    public Task<Microsoft.AspNetCore.Identity.SignInResult> PasswordSignInAsync(Member member, string password)
    {
        if ({|#0:member.Country == ""IR""|}) return Task.FromResult(Microsoft.AspNetCore.Identity.SignInResult." + refusal + @");
        return Task.FromResult(Microsoft.AspNetCore.Identity.SignInResult.Success);
    }
}";

        [Fact]
        public async Task SignInResultNotAllowed_RefusesTheSignIn() =>
            await Verify.VerifyAsync(Id, SignIn("NotAllowed"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MemberSignIn.PasswordSignInAsync",
                    "user authentication, inferred from the method name 'PasswordSignInAsync'; confirm with [CommunicationService(\"user-authentication\")] or declare the right category",
                    IranCitation, Deny));

        [Fact]
        public async Task SignInResultNotAllowed_AsTheJurisdictionsArmOfAReturnedChoice_RefusesTheSignIn() =>
            await Verify.VerifyAsync(Id, @"
public sealed class Member { public string? Country { get; set; } }

public sealed class MemberSignIn
{
    public Task<Microsoft.AspNetCore.Identity.SignInResult> PasswordSignInAsync(Member member, string password) =>
        Task.FromResult({|#0:member.Country == ""IR""|}
            ? Microsoft.AspNetCore.Identity.SignInResult.NotAllowed
            : Microsoft.AspNetCore.Identity.SignInResult.Success);
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MemberSignIn.PasswordSignInAsync",
                    "user authentication, inferred from the method name 'PasswordSignInAsync'; confirm with [CommunicationService(\"user-authentication\")] or declare the right category",
                    IranCitation, Deny));

        [Fact]
        public async Task SignInResultTwoFactorRequired_IsNoRefusal() =>
            await Verify.VerifyAsync(Id, SignIn("TwoFactorRequired").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task IdentityErrorForACountryOutsideTheSupportedList_IsInputValidation() =>
            await Verify.VerifyAsync(Id, Validator("Supported", @"""US"", ""CA"", ""GB""", "user.CountryCode is not null && !Supported.Contains(user.CountryCode)"));
    }
}
